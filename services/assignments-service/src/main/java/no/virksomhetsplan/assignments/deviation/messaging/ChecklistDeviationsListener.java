package no.virksomhetsplan.assignments.deviation.messaging;

import no.virksomhetsplan.assignments.deviation.application.DeviationFollowUps;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.checklists.DeviationRaised;
import no.virksomhetsplan.platform.messaging.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Follows up each deviation raised in checklists-service ({@link Topics#CHECKLISTS}); other types are skipped. */
@Component
class ChecklistDeviationsListener {

    private static final String CONSUMER = "deviation-follow-up";

    private final IdempotentConsumer consumer;
    private final DeviationFollowUps followUps;

    ChecklistDeviationsListener(IdempotentConsumer consumer, DeviationFollowUps followUps) {
        this.consumer = consumer;
        this.followUps = followUps;
    }

    @KafkaListener(topics = Topics.CHECKLISTS, groupId = "${spring.application.name}.deviation-follow-up")
    void on(ConsumerRecord<String, byte[]> record) {
        consumer.apply(CONSUMER, record, event -> {
            if (DeviationRaised.TYPE.equals(event.type())) {
                followUps.followUp(event.tenant(), event.data(DeviationRaised.class));
            }
        });
    }
}
