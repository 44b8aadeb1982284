package no.virksomhetsplan.indicators.value.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How values from fagsystemer are taken in.
 *
 * @param maxRecordBytes the largest data of one value (a real one is a few hundred bytes)
 * @param maxRestValues  the most values in one REST request
 * @param maxPollRecords the most records one poll of the inbound topic hands to one batch (read by the listener's
 *                       consumer properties)
 * @param concurrency    consumers of the inbound topic in this instance (at most its partitions)
 * @param retryInterval  the pause before a batch is tried again when the database or Kafka is unreachable
 */
@ConfigurationProperties("virksomhetsplan.indicators.ingestion")
public record IngestionProperties(
        @DefaultValue("4096") int maxRecordBytes,
        @DefaultValue("1000") int maxRestValues,
        @DefaultValue("2000") int maxPollRecords,
        @DefaultValue("3") int concurrency,
        @DefaultValue("1s") Duration retryInterval) {
}
