package no.virksomhetsplan.indicators.aggregate.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the journal of changes is folded into the aggregates.
 *
 * @param interval the pause of the aggregator when the journal is empty (how long aggregates lag behind at most, when
 *                 the aggregator keeps up)
 * @param foldSize the most changes folded in one transaction
 * @param readWait how long a read of aggregates waits for the changes committed before it to be folded, before it
 *                 answers 503
 */
@ConfigurationProperties("virksomhetsplan.indicators.aggregation")
public record AggregationProperties(
        @DefaultValue("200ms") Duration interval,
        @DefaultValue("50000") int foldSize,
        @DefaultValue("10s") Duration readWait) {
}
