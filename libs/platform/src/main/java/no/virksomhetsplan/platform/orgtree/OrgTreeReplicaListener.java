package no.virksomhetsplan.platform.orgtree;

import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.org.OrgUnitClosed;
import no.virksomhetsplan.contracts.org.OrgUnitCreated;
import no.virksomhetsplan.contracts.org.OrgUnitMoved;
import no.virksomhetsplan.contracts.org.OrgUnitUpdated;
import no.virksomhetsplan.platform.messaging.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/** Keeps {@link OrgTreeReplica} up to date from {@link Topics#ORG}; types it does not know are skipped. */
class OrgTreeReplicaListener {

    private static final String CONSUMER = "org-tree-replica";

    private final IdempotentConsumer consumer;
    private final OrgTreeReplica replica;

    OrgTreeReplicaListener(IdempotentConsumer consumer, OrgTreeReplica replica) {
        this.consumer = consumer;
        this.replica = replica;
    }

    @KafkaListener(topics = Topics.ORG, groupId = "${spring.application.name}.org-tree-replica")
    void on(ConsumerRecord<String, byte[]> record) {
        consumer.apply(CONSUMER, record, event -> {
            switch (event.type()) {
                case OrgUnitCreated.TYPE -> replica.apply(event.tenant(), event.data(OrgUnitCreated.class));
                case OrgUnitUpdated.TYPE -> replica.apply(event.tenant(), event.data(OrgUnitUpdated.class));
                case OrgUnitMoved.TYPE -> replica.apply(event.tenant(), event.data(OrgUnitMoved.class));
                case OrgUnitClosed.TYPE -> replica.apply(event.tenant(), event.data(OrgUnitClosed.class));
                default -> { }
            }
        });
    }
}
