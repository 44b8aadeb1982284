package no.virksomhetsplan.indicators.definition.domain;

import java.util.Objects;
import java.util.UUID;

public record IndicatorId(UUID value) {

    public IndicatorId {
        Objects.requireNonNull(value, "indicator id");
    }

    public static IndicatorId newId() {
        return new IndicatorId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
