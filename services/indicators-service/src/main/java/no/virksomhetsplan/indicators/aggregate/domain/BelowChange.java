package no.virksomhetsplan.indicators.aggregate.domain;

import java.math.BigDecimal;
import no.virksomhetsplan.indicators.definition.domain.Aggregation;

/**
 * What to add to the aggregate of everything below a unit (its subtree without itself): to its sum (of values, or of
 * the units' latest values for LAST) and its count.
 */
public record BelowChange(AggregateKey key, Aggregation aggregation, BigDecimal sum, int count) {

    BelowChange plus(BigDecimal moreSum, int moreCount) {
        return new BelowChange(key, aggregation, sum.add(moreSum), count + moreCount);
    }
}
