package no.virksomhetsplan.contracts.assignments;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Where an assignment comes from, as carried in assignment events. Only the fields of its kind are set.
 *
 * @param kind         GOAL, COUNCIL_DECISION, ECONOMY_PLAN_MEASURE or NONE
 * @param goalId       the goal (plans-service) the assignment serves, for GOAL
 * @param body         the deciding body, e.g. "Kommunestyret", for COUNCIL_DECISION
 * @param caseNumber   the political case number, e.g. "PS 112/26", for COUNCIL_DECISION
 * @param decisionDate the day of the decision, for COUNCIL_DECISION
 * @param decisionText the decision's words (e.g. a verbalvedtak), for COUNCIL_DECISION
 * @param measure      the economy-plan measure, e.g. "Tiltak 4.2 Sommerskole", for ECONOMY_PLAN_MEASURE
 */
public record AssignmentSourceData(String kind, UUID goalId, String body, String caseNumber, LocalDate decisionDate,
        String decisionText, String measure) {
}
