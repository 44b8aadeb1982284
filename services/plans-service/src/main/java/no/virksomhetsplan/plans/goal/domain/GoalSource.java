package no.virksomhetsplan.plans.goal.domain;

import java.time.LocalDate;
import no.virksomhetsplan.platform.domain.RuleViolationException;

/**
 * Where a goal comes from: every goal can be traced to a plan or a decision.
 *
 * @param name       the plan's name ("Kommuneplanens samfunnsdel 2024–2036") or the deciding body ("Kommunestyret")
 * @param caseNumber the political case number ("PS 45/26"); required for a political decision
 * @param date       when the plan was adopted or the decision made; required for a political decision
 */
public record GoalSource(GoalSourceKind kind, String name, String caseNumber, LocalDate date) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_CASE_NUMBER_LENGTH = 50;

    public GoalSource {
        name = Texts.blankToNull(name);
        caseNumber = Texts.blankToNull(caseNumber);
        if (kind == null) {
            throw new RuleViolationException("A goal needs a source: a kommuneplan, a theme plan, a HØP or a political decision.");
        }
        if (name == null) {
            throw new RuleViolationException("Name the plan or the deciding body the goal comes from.");
        }
        if (kind == GoalSourceKind.POLITICAL_DECISION && (caseNumber == null || date == null)) {
            throw new RuleViolationException(
                    "A goal from a political decision needs the case number (e.g. PS 45/26) and the date of the decision.");
        }
    }
}
