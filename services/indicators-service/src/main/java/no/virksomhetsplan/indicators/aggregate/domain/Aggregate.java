package no.virksomhetsplan.indicators.aggregate.domain;

import java.math.BigDecimal;
import java.util.UUID;
import no.virksomhetsplan.indicators.period.domain.Period;

/**
 * An indicator's value for a unit and a period, built from the stored values by the indicator's aggregation: over
 * time (months to their tertial and year) and, for {@link AggregateScope#SUBTREE}, over the units below.
 *
 * @param valueCount how many stored values it is built from
 */
public record Aggregate(UUID indicatorId, UUID unitId, Period period, AggregateScope scope, BigDecimal value, int valueCount) {
}
