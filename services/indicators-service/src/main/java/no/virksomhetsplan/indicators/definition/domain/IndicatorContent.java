package no.virksomhetsplan.indicators.definition.domain;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import no.virksomhetsplan.indicators.period.domain.Periodicity;

/**
 * What an administrator writes when defining or editing an indicator.
 *
 * @param serviceArea the part of the municipality's services it belongs to, e.g. {@code HELSE_OMSORG}
 * @param rollUp      whether values roll up through the org tree to the units above
 * @param unitIds     the org units the indicator is measured for; values for other units are refused
 */
public record IndicatorContent(
        Names names,
        String unitOfMeasure,
        Aggregation aggregation,
        Periodicity periodicity,
        String serviceArea,
        AllowedRange range,
        IndicatorSource source,
        boolean rollUp,
        Set<UUID> unitIds) {

    public IndicatorContent {
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(periodicity, "periodicity");
        Objects.requireNonNull(source, "source");
        range = range == null ? AllowedRange.ANY : range;
        unitIds = Set.copyOf(unitIds);
    }
}
