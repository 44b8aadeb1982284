package no.virksomhetsplan.plans.letter.domain;

import java.util.Objects;
import java.util.UUID;

public record AssignmentLetterId(UUID value) {

    public AssignmentLetterId {
        Objects.requireNonNull(value, "assignment letter id");
    }

    public static AssignmentLetterId newId() {
        return new AssignmentLetterId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
