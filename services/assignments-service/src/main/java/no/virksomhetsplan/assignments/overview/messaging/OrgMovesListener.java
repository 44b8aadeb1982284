package no.virksomhetsplan.assignments.overview.messaging;

import no.virksomhetsplan.assignments.assignment.domain.StatusCounters;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.org.OrgUnitMoved;
import no.virksomhetsplan.platform.messaging.IdempotentConsumer;
import no.virksomhetsplan.platform.orgtree.OrgTreeReplica;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * When a unit moves, what its subtree counts moves with it: the subtree counters are rebuilt from the units' own. The
 * move is applied to the replica first (the replica ignores it if its own listener got there already), so the rebuild
 * sees the new tree whichever listener runs first.
 */
@Component
class OrgMovesListener {

    private static final String CONSUMER = "status-counters";

    private final IdempotentConsumer consumer;
    private final OrgTreeReplica replica;
    private final StatusCounters counters;

    OrgMovesListener(IdempotentConsumer consumer, OrgTreeReplica replica, StatusCounters counters) {
        this.consumer = consumer;
        this.replica = replica;
        this.counters = counters;
    }

    @KafkaListener(topics = Topics.ORG, groupId = "${spring.application.name}.status-counters")
    void on(ConsumerRecord<String, byte[]> record) {
        consumer.apply(CONSUMER, record, event -> {
            if (OrgUnitMoved.TYPE.equals(event.type())) {
                replica.apply(event.tenant(), event.data(OrgUnitMoved.class));
                counters.rebuildSubtrees(event.tenant());
            }
        });
    }
}
