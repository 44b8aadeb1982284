package no.virksomhetsplan.assignments.deadline.domain;

import java.util.Objects;
import no.virksomhetsplan.assignments.assignment.domain.ItemId;

/** An assignment of a municipality, as the deadline jobs walk them. */
public record AssignmentRef(String tenant, ItemId assignmentId) {

    public AssignmentRef {
        Objects.requireNonNull(tenant);
        Objects.requireNonNull(assignmentId);
    }
}
