package no.virksomhetsplan.plans.goal.domain;

import java.util.Objects;
import java.util.UUID;

public record GoalId(UUID value) {

    public GoalId {
        Objects.requireNonNull(value, "goal id");
    }

    public static GoalId newId() {
        return new GoalId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
