package no.virksomhetsplan.checklists.deviation.messaging;

import no.virksomhetsplan.checklists.deviation.application.CloseDeviation;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.assignments.AssignmentChanged;
import no.virksomhetsplan.platform.messaging.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Closes a deviation when its follow-up assignment is done: assignments-service publishes every assignment's state on
 * {@link Topics#ASSIGNMENTS}; those that follow up no deviation, and other types, change nothing.
 */
@Component
class FollowUpListener {

    private static final String CONSUMER = "deviation-follow-up";

    private final IdempotentConsumer consumer;
    private final CloseDeviation close;

    FollowUpListener(IdempotentConsumer consumer, CloseDeviation close) {
        this.consumer = consumer;
        this.close = close;
    }

    @KafkaListener(topics = Topics.ASSIGNMENTS, groupId = "${spring.application.name}.deviation-follow-up")
    void on(ConsumerRecord<String, byte[]> record) {
        consumer.apply(CONSUMER, record, event -> {
            if (AssignmentChanged.TYPE.equals(event.type())) {
                AssignmentChanged assignment = event.data(AssignmentChanged.class);
                if ("DONE".equals(assignment.status())) {
                    close.followUpDone(event.tenant(), assignment.assignmentId(), assignment.changedBy(), assignment.changedAt());
                }
            }
        });
    }
}
