package no.virksomhetsplan.reporting.projection.messaging;

import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.assignments.AssignmentChanged;
import no.virksomhetsplan.contracts.assignments.DelegationChanged;
import no.virksomhetsplan.contracts.assignments.StatusNoteData;
import no.virksomhetsplan.contracts.assignments.TaskChanged;
import no.virksomhetsplan.platform.messaging.IdempotentConsumer;
import no.virksomhetsplan.reporting.projection.application.Freshness;
import no.virksomhetsplan.reporting.projection.persistence.JdbcWorkItems;
import no.virksomhetsplan.reporting.projection.persistence.JdbcWorkItems.Item;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Projects assignments, delegations and tasks from {@link Topics#ASSIGNMENTS} into work items and their counters. */
@Component
class AssignmentsProjection {

    private static final String CONSUMER = "reporting-assignments";

    private final IdempotentConsumer consumer;
    private final JdbcWorkItems items;
    private final Freshness freshness;

    AssignmentsProjection(IdempotentConsumer consumer, JdbcWorkItems items, Freshness freshness) {
        this.consumer = consumer;
        this.items = items;
        this.freshness = freshness;
    }

    @KafkaListener(topics = Topics.ASSIGNMENTS, groupId = "${spring.application.name}.assignments")
    void on(ConsumerRecord<String, byte[]> record) {
        consumer.apply(CONSUMER, record, event -> {
            switch (event.type()) {
                case AssignmentChanged.TYPE -> {
                    AssignmentChanged a = event.data(AssignmentChanged.class);
                    items.apply(event.tenant(), new Item(a.assignmentId(), "ASSIGNMENT", a.assignmentId(), a.unitId(), a.title(),
                            a.responsible(), a.deadline(), a.status(), a.trafficLight(), a.overdueSince(),
                            a.includeInMonthlyReport(), note(a.statusNote()), a.changedAt(), a.version()));
                }
                case DelegationChanged.TYPE -> {
                    DelegationChanged d = event.data(DelegationChanged.class);
                    items.apply(event.tenant(), new Item(d.delegationId(), "DELEGATION", d.assignmentId(), d.unitId(), null,
                            d.responsible(), d.deadline(), d.status(), d.trafficLight(), d.overdueSince(), null,
                            note(d.statusNote()), d.changedAt(), d.version()));
                }
                case TaskChanged.TYPE -> {
                    TaskChanged t = event.data(TaskChanged.class);
                    items.apply(event.tenant(), new Item(t.taskId(), "TASK", t.assignmentId(), t.unitId(), t.title(),
                            t.responsible(), t.deadline(), t.status(), t.trafficLight(), t.overdueSince(), null,
                            note(t.statusNote()), t.changedAt(), t.version()));
                }
                default -> { }
            }
            freshness.projected(Topics.ASSIGNMENTS, event.envelope().time());
        });
    }

    private static String note(StatusNoteData note) {
        return note == null ? null : note.text();
    }
}
