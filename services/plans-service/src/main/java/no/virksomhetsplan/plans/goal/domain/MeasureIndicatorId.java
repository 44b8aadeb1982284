package no.virksomhetsplan.plans.goal.domain;

import java.util.Objects;
import java.util.UUID;

public record MeasureIndicatorId(UUID value) {

    public MeasureIndicatorId {
        Objects.requireNonNull(value, "measure indicator id");
    }

    public static MeasureIndicatorId newId() {
        return new MeasureIndicatorId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
