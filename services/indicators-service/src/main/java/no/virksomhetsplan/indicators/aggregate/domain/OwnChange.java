package no.virksomhetsplan.indicators.aggregate.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.virksomhetsplan.indicators.definition.domain.Aggregation;

/**
 * What a batch adds to one of a unit's own aggregates, written without reading it: to its sum and count, and its
 * latest value, which replaces the stored one unless that is of a later period.
 */
public record OwnChange(AggregateKey key, Aggregation aggregation, BigDecimal sum, int count, LocalDate lastStart,
        BigDecimal lastValue) {

    static OwnChange of(AggregateKey key, Aggregation aggregation, ValueChange change) {
        return new OwnChange(key, aggregation, delta(change), change.previous() == null ? 1 : 0, change.period().firstDay(),
                change.value());
    }

    OwnChange plus(ValueChange change) {
        boolean latest = !change.period().firstDay().isBefore(lastStart);
        return new OwnChange(key, aggregation, sum.add(delta(change)), count + (change.previous() == null ? 1 : 0),
                latest ? change.period().firstDay() : lastStart, latest ? change.value() : lastValue);
    }

    /** The value of an aggregate that had nothing before this batch. */
    public BigDecimal valueOfNew() {
        return new OwnAggregate(sum, count, lastStart, lastValue).value(aggregation);
    }

    private static BigDecimal delta(ValueChange change) {
        return change.value().subtract(change.previous() == null ? BigDecimal.ZERO : change.previous());
    }
}
