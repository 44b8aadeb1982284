package no.virksomhetsplan.checklists.overview.messaging;

import no.virksomhetsplan.checklists.overview.domain.Counters;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.org.OrgUnitMoved;
import no.virksomhetsplan.platform.messaging.IdempotentConsumer;
import no.virksomhetsplan.platform.orgtree.OrgTreeReplica;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * When a unit moves, what its subtree counts moves with it: the move is applied to the replica first (a no-op when the
 * replica's own listener was first) and the subtree counters are rebuilt from the units' own.
 */
@Component
class OrgMovesListener {

    private static final String CONSUMER = "checklist-counters";

    private final IdempotentConsumer consumer;
    private final OrgTreeReplica replica;
    private final Counters counters;

    OrgMovesListener(IdempotentConsumer consumer, OrgTreeReplica replica, Counters counters) {
        this.consumer = consumer;
        this.replica = replica;
        this.counters = counters;
    }

    @KafkaListener(topics = Topics.ORG, groupId = "${spring.application.name}.checklist-counters")
    void on(ConsumerRecord<String, byte[]> record) {
        consumer.apply(CONSUMER, record, event -> {
            if (OrgUnitMoved.TYPE.equals(event.type())) {
                replica.apply(event.tenant(), event.data(OrgUnitMoved.class));
                counters.rebuildSubtrees(event.tenant());
            }
        });
    }
}
