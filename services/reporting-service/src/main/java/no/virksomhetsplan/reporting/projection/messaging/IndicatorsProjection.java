package no.virksomhetsplan.reporting.projection.messaging;

import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.indicators.IndicatorCreated;
import no.virksomhetsplan.contracts.indicators.IndicatorUpdated;
import no.virksomhetsplan.contracts.indicators.ValueRecorded;
import no.virksomhetsplan.contracts.indicators.ValuesRecorded;
import no.virksomhetsplan.platform.messaging.IdempotentConsumer;
import no.virksomhetsplan.reporting.projection.application.Freshness;
import no.virksomhetsplan.reporting.projection.persistence.JdbcIndicators;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Projects indicator definitions and recorded values (value-recorded v2, and v1 from before it) from {@link Topics#INDICATORS}. */
@Component
class IndicatorsProjection {

    private static final String CONSUMER = "reporting-indicators";

    private final IdempotentConsumer consumer;
    private final JdbcIndicators indicators;
    private final Freshness freshness;

    IndicatorsProjection(IdempotentConsumer consumer, JdbcIndicators indicators, Freshness freshness) {
        this.consumer = consumer;
        this.indicators = indicators;
        this.freshness = freshness;
    }

    @KafkaListener(topics = Topics.INDICATORS, groupId = "${spring.application.name}.indicators")
    void on(ConsumerRecord<String, byte[]> record) {
        consumer.apply(CONSUMER, record, event -> {
            switch (event.type()) {
                case IndicatorCreated.TYPE -> {
                    IndicatorCreated created = event.data(IndicatorCreated.class);
                    indicators.definition(event.tenant(), created.indicator(), created.version());
                }
                case IndicatorUpdated.TYPE -> {
                    IndicatorUpdated updated = event.data(IndicatorUpdated.class);
                    indicators.definition(event.tenant(), updated.indicator(), updated.version());
                }
                case ValueRecorded.TYPE -> indicators.value(event.tenant(), event.data(ValueRecorded.class));
                case ValuesRecorded.TYPE -> event.data(ValuesRecorded.class).perValue()
                        .forEach(value -> indicators.value(event.tenant(), value));
                default -> { }
            }
            freshness.projected(Topics.INDICATORS, event.envelope().time());
        });
    }
}
