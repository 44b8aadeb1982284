package no.virksomhetsplan.contracts.assignments;

import java.time.LocalDate;
import java.util.UUID;
import no.virksomhetsplan.contracts.IntegrationEvent;

/**
 * A work item's deadline is near, and its responsible person (or, when it has none, its unit's leader) was reminded
 * by the municipality's rule. Keyed by the assignment. Published on {@link no.virksomhetsplan.contracts.Topics#ASSIGNMENTS}.
 *
 * @param itemId       the assignment, delegation or task
 * @param kind         ASSIGNMENT, DELEGATION or TASK
 * @param assignmentId the assignment it belongs to
 * @param unitId       the item's unit
 * @param title        the item's title (a delegation's is its assignment's)
 * @param deadline     the deadline
 * @param daysBefore   how many days before the deadline the rule reminds (long or short period)
 * @param recipient    the username reminded
 * @param ownerless    true when the item has no owner and its unit's leader was reminded instead
 * @param remindedOn   the day the reminder went out
 */
public record DeadlineReminder(
        UUID itemId,
        String kind,
        UUID assignmentId,
        UUID unitId,
        String title,
        LocalDate deadline,
        int daysBefore,
        String recipient,
        boolean ownerless,
        LocalDate remindedOn) implements IntegrationEvent {

    public static final String TYPE = "no.virksomhetsplan.assignments.deadline-reminder.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return "assignment/" + assignmentId;
    }
}
