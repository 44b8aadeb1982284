package no.virksomhetsplan.reporting.projection.domain;

import java.util.UUID;

/** An indicator definition as indicators-service publishes it (the Bokmål name). */
public record IndicatorDefinition(UUID id, String key, String name, String unitOfMeasure, String aggregation,
        String periodicity) {
}
