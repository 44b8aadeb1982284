package no.virksomhetsplan.assignments.assignment.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One item's change in one operation, for its history, its event and the status counters.
 *
 * @param before  the item as it was, or null when it was created
 * @param after   the item as it is now, with its new version
 * @param comment why, when the operation said (a cancellation's reason), else null
 */
public record ItemChange(WorkItem before, WorkItem after, ChangeKind kind, String by, Instant at, String comment) {

    public ItemChange {
        Objects.requireNonNull(after);
        Objects.requireNonNull(kind);
    }
}
