package no.virksomhetsplan.platform.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param retries       how often a failing record is retried before it goes to the dead-letter topic
 * @param retryInterval the pause between those retries
 */
@ConfigurationProperties("virksomhetsplan.consumer")
public record ConsumerProperties(
        @DefaultValue("3") int retries,
        @DefaultValue("500ms") Duration retryInterval) {
}
