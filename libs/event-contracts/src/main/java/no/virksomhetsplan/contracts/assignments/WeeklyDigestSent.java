package no.virksomhetsplan.contracts.assignments;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.contracts.IntegrationEvent;

/**
 * A person got their weekly digest of the open work items they are responsible for. Keyed by the person.
 * Published on {@link no.virksomhetsplan.contracts.Topics#ASSIGNMENTS}.
 *
 * @param recipient the username
 * @param weekOf    the Monday of the week
 * @param open      how many open items they are responsible for
 * @param overdue   how many of those are overdue
 * @param dueThisWeek how many are due by the Sunday of the week
 * @param itemIds   the items listed, overdue first, then by deadline (at most 50)
 */
public record WeeklyDigestSent(
        String recipient,
        LocalDate weekOf,
        int open,
        int overdue,
        int dueThisWeek,
        List<UUID> itemIds) implements IntegrationEvent {

    public static final String TYPE = "no.virksomhetsplan.assignments.weekly-digest-sent.v1";

    public WeeklyDigestSent {
        itemIds = List.copyOf(itemIds);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return "person/" + recipient;
    }
}
