package no.virksomhetsplan.indicators.aggregate.domain;

import java.util.UUID;
import no.virksomhetsplan.indicators.period.domain.Period;

/** Which aggregate: an indicator, a unit, a period (the scope says whose values). */
public record AggregateKey(UUID indicatorId, UUID unitId, Period period) {

    // Written out rather than the record's generated ones: a fold hashes keys by the hundred thousand.
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof AggregateKey that && period.equals(that.period) && unitId.equals(that.unitId)
                && indicatorId.equals(that.indicatorId);
    }

    @Override
    public int hashCode() {
        return (indicatorId.hashCode() * 31 + unitId.hashCode()) * 31 + period.hashCode();
    }
}
