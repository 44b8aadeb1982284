package no.virksomhetsplan.assignments.assignment.domain;

import java.time.LocalDate;
import java.util.UUID;
import no.virksomhetsplan.platform.domain.RuleViolationException;

/**
 * Where an assignment comes from; only the fields of its kind are kept.
 *
 * @param goalId       the goal, for {@link SourceKind#GOAL}
 * @param body         the deciding body ("Kommunestyret"), for {@link SourceKind#COUNCIL_DECISION}
 * @param caseNumber   the case number ("PS 112/26"), for a council decision
 * @param decisionDate the day of the decision, for a council decision
 * @param decisionText the decision's words, for a council decision
 * @param measure      the measure ("HØP 2027–2030, tiltak 4.2"), for {@link SourceKind#ECONOMY_PLAN_MEASURE}
 */
public record AssignmentSource(SourceKind kind, UUID goalId, String body, String caseNumber, LocalDate decisionDate,
        String decisionText, String measure) {

    public static final int MAX_BODY_LENGTH = 200;
    public static final int MAX_CASE_NUMBER_LENGTH = 50;
    public static final int MAX_DECISION_TEXT_LENGTH = 4000;
    public static final int MAX_MEASURE_LENGTH = 300;

    public static final AssignmentSource NONE = new AssignmentSource(SourceKind.NONE, null, null, null, null, null, null);

    public AssignmentSource {
        if (kind == null) {
            throw new RuleViolationException("Say where the assignment comes from: a goal, a council decision, an economy-plan measure or none.");
        }
        body = Texts.blankToNull(body);
        caseNumber = Texts.blankToNull(caseNumber);
        decisionText = Texts.blankToNull(decisionText);
        measure = Texts.blankToNull(measure);
        switch (kind) {
            case GOAL -> {
                if (goalId == null) {
                    throw new RuleViolationException("An assignment from a goal names the goal (goalId).");
                }
                body = caseNumber = decisionText = measure = null;
                decisionDate = null;
            }
            case COUNCIL_DECISION -> {
                if (body == null || caseNumber == null || decisionDate == null || decisionText == null) {
                    throw new RuleViolationException("An assignment from a council decision names the body, the case number "
                            + "(e.g. PS 112/26), the date of the decision and its text.");
                }
                Texts.requireAtMost(body, MAX_BODY_LENGTH, "The deciding body");
                Texts.requireAtMost(caseNumber, MAX_CASE_NUMBER_LENGTH, "The case number");
                Texts.requireAtMost(decisionText, MAX_DECISION_TEXT_LENGTH, "The decision text");
                goalId = null;
                measure = null;
            }
            case ECONOMY_PLAN_MEASURE -> {
                if (measure == null) {
                    throw new RuleViolationException("An assignment from the economy plan names the measure.");
                }
                Texts.requireAtMost(measure, MAX_MEASURE_LENGTH, "The measure");
                goalId = null;
                body = caseNumber = decisionText = null;
                decisionDate = null;
            }
            case NONE -> {
                goalId = null;
                body = caseNumber = decisionText = measure = null;
                decisionDate = null;
            }
        }
    }
}
