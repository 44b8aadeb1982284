package no.virksomhetsplan.checklists.settings.messaging;

import no.virksomhetsplan.checklists.settings.domain.PlanYears;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.plans.PlanYearChanged;
import no.virksomhetsplan.platform.messaging.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the plan-year replica from {@link Topics#PLANS}: a closed year locks its checklists. Other types are skipped. */
@Component
class PlansEventsListener {

    private static final String CONSUMER = "settings-replica";

    private final IdempotentConsumer consumer;
    private final PlanYears planYears;

    PlansEventsListener(IdempotentConsumer consumer, PlanYears planYears) {
        this.consumer = consumer;
        this.planYears = planYears;
    }

    @KafkaListener(topics = Topics.PLANS, groupId = "${spring.application.name}.settings-replica")
    void on(ConsumerRecord<String, byte[]> record) {
        consumer.apply(CONSUMER, record, event -> {
            if (PlanYearChanged.TYPE.equals(event.type())) {
                PlanYearChanged year = event.data(PlanYearChanged.class);
                planYears.record(event.tenant(), year.year(), year.state(), year.version());
            }
        });
    }
}
