package no.virksomhetsplan.indicators.aggregate.domain;

import java.math.BigDecimal;
import java.util.UUID;
import no.virksomhetsplan.indicators.definition.domain.IndicatorDefinition;
import no.virksomhetsplan.indicators.period.domain.Period;

/**
 * A stored value as the aggregates see it.
 *
 * @param previous the value it replaced (a correction), or null for the cell's first value
 */
public record ValueChange(IndicatorDefinition indicator, UUID unitId, Period period, BigDecimal value, BigDecimal previous) {
}
