package no.virksomhetsplan.indicators.value.messaging;

import java.util.stream.Collectors;
import no.virksomhetsplan.indicators.orgunit.domain.Units;
import no.virksomhetsplan.indicators.value.application.IngestionProperties;
import no.virksomhetsplan.indicators.value.application.RecordValues;
import no.virksomhetsplan.indicators.value.application.ValueReader;
import no.virksomhetsplan.platform.security.SecurityProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The inbound topic's own listener container: batches of a whole poll, offsets committed when the
 * listener returns, and a poll that failed for an outage retried until it passes (bad records never throw; see
 * {@link IndicatorValuesListener}).
 */
@Configuration(proxyBeanMethods = false)
class IngestionConfiguration {

    static final String CONTAINER_FACTORY = "indicatorValuesContainerFactory";

    @Bean(CONTAINER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<String, byte[]> indicatorValuesContainerFactory(ConsumerFactory<String, byte[]> consumers,
            IngestionProperties properties) {
        var factory = new ConcurrentKafkaListenerContainerFactory<String, byte[]>();
        factory.setConsumerFactory(consumers);
        factory.setBatchListener(true);
        factory.setConcurrency(properties.concurrency());
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
        factory.setCommonErrorHandler(new DefaultErrorHandler(
                new FixedBackOff(properties.retryInterval().toMillis(), FixedBackOff.UNLIMITED_ATTEMPTS)));
        return factory;
    }

    @Bean
    IndicatorValuesListener indicatorValuesListener(SecurityProperties security, Units units, ValueReader reader,
            RecordValues recordValues, KafkaTemplate<String, byte[]> kafka) {
        var listed = security.issuers().stream().map(SecurityProperties.TrustedIssuer::tenant).collect(Collectors.toSet());
        var served = new ServedMunicipalities(listed, units, System::nanoTime);
        return new IndicatorValuesListener(new InboundHeaders(served), reader, recordValues, kafka);
    }
}
