package no.virksomhetsplan.indicators.aggregate.domain;

import java.math.BigDecimal;
import no.virksomhetsplan.indicators.definition.domain.Aggregation;

/** What to add to a subtree aggregate: to its sum (of values, or of the units' latest values for LAST) and its count. */
public record SubtreeChange(AggregateKey key, Aggregation aggregation, BigDecimal sum, int count) {

    SubtreeChange plus(BigDecimal moreSum, int moreCount) {
        return new SubtreeChange(key, aggregation, sum.add(moreSum), count + moreCount);
    }

    /** The subtree's value from its new sum and count: the average for AVERAGE, the sum otherwise. */
    public static BigDecimal value(Aggregation aggregation, BigDecimal sum, int count) {
        return aggregation == Aggregation.AVERAGE ? OwnAggregate.average(sum, count) : sum;
    }
}
