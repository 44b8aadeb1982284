package no.virksomhetsplan.reporting.projection.messaging;

import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.org.OrgUnitCreated;
import no.virksomhetsplan.contracts.org.OrgUnitMoved;
import no.virksomhetsplan.platform.messaging.IdempotentConsumer;
import no.virksomhetsplan.platform.orgtree.OrgTreeReplica;
import no.virksomhetsplan.reporting.projection.application.Freshness;
import no.virksomhetsplan.reporting.projection.domain.StatusCounters;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * When a unit is placed in the tree (created or moved), what its subtree counts moves with it: the change is applied
 * to the replica first (a no-op if the replica's own listener got there already) and the subtree counters are rebuilt
 * from the own counters. A created unit usually has nothing counted yet; when a replay brings its items before it,
 * the rebuild puts them under its ancestors too.
 */
@Component
class OrgProjection {

    private static final String CONSUMER = "reporting-counters";

    private final IdempotentConsumer consumer;
    private final OrgTreeReplica replica;
    private final StatusCounters counters;
    private final Freshness freshness;

    OrgProjection(IdempotentConsumer consumer, OrgTreeReplica replica, StatusCounters counters, Freshness freshness) {
        this.consumer = consumer;
        this.replica = replica;
        this.counters = counters;
        this.freshness = freshness;
    }

    @KafkaListener(topics = Topics.ORG, groupId = "${spring.application.name}.status-counters")
    void on(ConsumerRecord<String, byte[]> record) {
        consumer.apply(CONSUMER, record, event -> {
            switch (event.type()) {
                case OrgUnitMoved.TYPE -> {
                    replica.apply(event.tenant(), event.data(OrgUnitMoved.class));
                    counters.rebuildSubtrees(event.tenant());
                }
                case OrgUnitCreated.TYPE -> {
                    OrgUnitCreated created = event.data(OrgUnitCreated.class);
                    replica.apply(event.tenant(), created);
                    if (counters.countsAnythingAt(event.tenant(), created.unitId())) {
                        counters.rebuildSubtrees(event.tenant());
                    }
                }
                default -> { }
            }
            freshness.projected(Topics.ORG, event.envelope().time());
        });
    }
}
