package no.virksomhetsplan.assignments.settings.messaging;

import no.virksomhetsplan.assignments.settings.domain.AssignmentType;
import no.virksomhetsplan.assignments.settings.domain.MunicipalitySettings;
import no.virksomhetsplan.assignments.settings.domain.ReminderRules;
import no.virksomhetsplan.assignments.settings.domain.SettingsReplica;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.plans.MunicipalitySettingsChanged;
import no.virksomhetsplan.contracts.plans.PlanYearChanged;
import no.virksomhetsplan.platform.messaging.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the settings and plan-year replica from {@link Topics#PLANS}: the assignment types and reminder rules of
 * each municipality, and which plan years are closed. Other types on the topic are skipped.
 */
@Component
class PlansEventsListener {

    private static final String CONSUMER = "settings-replica";

    private final IdempotentConsumer consumer;
    private final SettingsReplica replica;

    PlansEventsListener(IdempotentConsumer consumer, SettingsReplica replica) {
        this.consumer = consumer;
        this.replica = replica;
    }

    @KafkaListener(topics = Topics.PLANS, groupId = "${spring.application.name}.settings-replica")
    void on(ConsumerRecord<String, byte[]> record) {
        consumer.apply(CONSUMER, record, event -> {
            switch (event.type()) {
                case MunicipalitySettingsChanged.TYPE -> replica.replace(event.tenant(),
                        settings(event.data(MunicipalitySettingsChanged.class)));
                case PlanYearChanged.TYPE -> {
                    PlanYearChanged year = event.data(PlanYearChanged.class);
                    replica.planYear(event.tenant(), year.year(), year.state(), year.version());
                }
                default -> { }
            }
        });
    }

    private static MunicipalitySettings settings(MunicipalitySettingsChanged event) {
        var rules = event.reminders();
        return new MunicipalitySettings(event.language(),
                event.assignmentTypes().stream().map(type -> new AssignmentType(type.code(), type.labels().nb(),
                        type.labels().nn(), type.labels().en(), type.active())).toList(),
                new ReminderRules(rules.daysBeforeLongPeriods(), rules.daysBeforeShortPeriods(), rules.weeklyDigest(),
                        rules.escalateAfterDaysOverdue()),
                event.version());
    }
}
