package no.virksomhetsplan.assignments.overview.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One work item in a list (Min side, the overview's overdue and ownerless items): enough to show it and open it.
 *
 * @param kind            ASSIGNMENT, DELEGATION or TASK
 * @param title           the item's own title; a delegation shows its assignment's
 * @param trafficLight    as shown: an overdue item is red
 * @param ownerless       open with nobody responsible, or with a responsible person who has left
 * @param responsibleLeft the responsible person has left the municipality
 */
public record ItemSummary(UUID id, String kind, UUID assignmentId, String assignmentTitle, String title, UUID unitId,
        String unitName, String responsible, LocalDate deadline, String status, String trafficLight, boolean overdue,
        LocalDate overdueSince, boolean ownerless, boolean responsibleLeft, long version) {
}
