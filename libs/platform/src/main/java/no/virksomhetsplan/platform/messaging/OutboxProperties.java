package no.virksomhetsplan.platform.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pollInterval how often the relay looks for rows written by other replicas (its own commits wake it at once)
 * @param batchSize    rows published per transaction
 * @param sendTimeout  how long a batch may wait for the broker's acknowledgements
 * @param maxBackOff   the longest pause between attempts while Kafka is unreachable
 */
@ConfigurationProperties("virksomhetsplan.outbox")
public record OutboxProperties(
        @DefaultValue("200ms") Duration pollInterval,
        @DefaultValue("500") int batchSize,
        @DefaultValue("15s") Duration sendTimeout,
        @DefaultValue("5s") Duration maxBackOff) {
}
