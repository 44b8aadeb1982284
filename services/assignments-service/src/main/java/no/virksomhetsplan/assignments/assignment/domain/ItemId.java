package no.virksomhetsplan.assignments.assignment.domain;

import java.util.Objects;
import java.util.UUID;

/** The id of a work item: an assignment, a delegation or a task. */
public record ItemId(UUID value) {

    public ItemId {
        Objects.requireNonNull(value, "item id");
    }

    public static ItemId newId() {
        return new ItemId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
