package no.virksomhetsplan.reporting.projection.messaging;

import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.checklists.AnswersSaved;
import no.virksomhetsplan.contracts.checklists.ChecklistDistributed;
import no.virksomhetsplan.contracts.checklists.ChecklistTemplateChanged;
import no.virksomhetsplan.contracts.checklists.DeviationClosed;
import no.virksomhetsplan.contracts.checklists.DeviationRaised;
import no.virksomhetsplan.contracts.checklists.DistributionClosed;
import no.virksomhetsplan.contracts.checklists.ResponseSubmitted;
import no.virksomhetsplan.platform.messaging.IdempotentConsumer;
import no.virksomhetsplan.reporting.projection.application.Freshness;
import no.virksomhetsplan.reporting.projection.persistence.JdbcChecklists;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Projects template areas, distributions, the units' checklists (answered or submitted) and deviations with their
 * follow-up from {@link Topics#CHECKLISTS}.
 */
@Component
class ChecklistsProjection {

    private static final String CONSUMER = "reporting-checklists";

    private final IdempotentConsumer consumer;
    private final JdbcChecklists checklists;
    private final Freshness freshness;

    ChecklistsProjection(IdempotentConsumer consumer, JdbcChecklists checklists, Freshness freshness) {
        this.consumer = consumer;
        this.checklists = checklists;
        this.freshness = freshness;
    }

    @KafkaListener(topics = Topics.CHECKLISTS, groupId = "${spring.application.name}.checklists")
    void on(ConsumerRecord<String, byte[]> record) {
        consumer.apply(CONSUMER, record, event -> {
            String tenant = event.tenant();
            switch (event.type()) {
                case ChecklistTemplateChanged.TYPE -> checklists.template(tenant, event.data(ChecklistTemplateChanged.class));
                case ChecklistDistributed.TYPE -> checklists.distributed(tenant, event.data(ChecklistDistributed.class));
                case DistributionClosed.TYPE -> checklists.distributionClosed(tenant, event.data(DistributionClosed.class));
                case AnswersSaved.TYPE -> {
                    AnswersSaved saved = event.data(AnswersSaved.class);
                    checklists.response(tenant, saved.responseId(), saved.distributionId(), saved.unitId(), "ANSWERING",
                            null, null, saved.version());
                }
                case ResponseSubmitted.TYPE -> {
                    ResponseSubmitted submitted = event.data(ResponseSubmitted.class);
                    checklists.response(tenant, submitted.responseId(), submitted.distributionId(), submitted.unitId(),
                            "SUBMITTED", submitted.submittedBy(), submitted.submittedAt(), submitted.version());
                }
                case DeviationRaised.TYPE -> checklists.deviationRaised(tenant, event.data(DeviationRaised.class));
                case DeviationClosed.TYPE -> checklists.deviationClosed(tenant, event.data(DeviationClosed.class));
                default -> { }
            }
            freshness.projected(Topics.CHECKLISTS, event.envelope().time());
        });
    }
}
