package no.virksomhetsplan.platform.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param retries       how often a failing record is retried before it goes to the dead-letter topic
 * @param retryInterval the pause between those retries
 * @param databaseRetryMaxInterval the longest pause between retries while the database cannot be reached (those
 *                      are retried until it is back, starting at {@code retryInterval} and doubling)
 */
@ConfigurationProperties("virksomhetsplan.consumer")
public record ConsumerProperties(
        @DefaultValue("3") int retries,
        @DefaultValue("500ms") Duration retryInterval,
        @DefaultValue("5s") Duration databaseRetryMaxInterval) {
}
