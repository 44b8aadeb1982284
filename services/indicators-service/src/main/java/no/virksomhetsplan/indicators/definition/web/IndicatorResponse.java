package no.virksomhetsplan.indicators.definition.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.indicators.definition.domain.IndicatorDefinition;

/** An indicator as the API shows it; {@code version} is what an edit must name. */
record IndicatorResponse(UUID id, String key, NamesResponse names, String unitOfMeasure, String aggregation, String periodicity,
        String serviceArea, BigDecimal minValue, BigDecimal maxValue, String source, boolean rollUp, List<UUID> unitIds,
        long version) {

    record NamesResponse(String nb, String nn, String en) {
    }

    static IndicatorResponse of(IndicatorDefinition indicator) {
        return new IndicatorResponse(indicator.id().value(), indicator.key(),
                new NamesResponse(indicator.names().nb(), indicator.names().nn(), indicator.names().en()),
                indicator.unitOfMeasure(), indicator.aggregation().name(), indicator.periodicity().name(), indicator.serviceArea(),
                indicator.range().min(), indicator.range().max(), indicator.source().name(), indicator.rollUp(),
                indicator.unitIds().stream().sorted().toList(), indicator.version());
    }
}
