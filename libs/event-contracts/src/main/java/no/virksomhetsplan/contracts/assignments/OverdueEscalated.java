package no.virksomhetsplan.contracts.assignments;

import java.time.LocalDate;
import java.util.UUID;
import no.virksomhetsplan.contracts.IntegrationEvent;

/**
 * A work item stayed overdue for as many days as the municipality's rule allows, and the superior leader was told.
 * Keyed by the assignment. Published on {@link no.virksomhetsplan.contracts.Topics#ASSIGNMENTS}.
 *
 * @param itemId       the assignment, delegation or task
 * @param kind         ASSIGNMENT, DELEGATION or TASK
 * @param assignmentId the assignment it belongs to
 * @param unitId       the item's unit
 * @param title        the item's title (a delegation's is its assignment's)
 * @param deadline     the missed deadline
 * @param overdueSince the first day it was overdue
 * @param responsible  the responsible person's username, or null
 * @param superior     the leader told: the leader of the item's unit, or above when that is the responsible person
 * @param escalatedOn  the day the superior was told
 */
public record OverdueEscalated(
        UUID itemId,
        String kind,
        UUID assignmentId,
        UUID unitId,
        String title,
        LocalDate deadline,
        LocalDate overdueSince,
        String responsible,
        String superior,
        LocalDate escalatedOn) implements IntegrationEvent {

    public static final String TYPE = "no.virksomhetsplan.assignments.overdue-escalated.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return "assignment/" + assignmentId;
    }
}
