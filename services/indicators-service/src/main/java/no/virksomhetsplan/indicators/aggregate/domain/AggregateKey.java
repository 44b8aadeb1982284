package no.virksomhetsplan.indicators.aggregate.domain;

import java.util.UUID;
import no.virksomhetsplan.indicators.period.domain.Period;

/** Which aggregate: an indicator, a unit, a period (the scope says whose values). */
public record AggregateKey(UUID indicatorId, UUID unitId, Period period) {
}
