package no.virksomhetsplan.reporting.projection.messaging;

import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.org.OrgUnitClosed;
import no.virksomhetsplan.contracts.org.OrgUnitCreated;
import no.virksomhetsplan.contracts.org.OrgUnitMoved;
import no.virksomhetsplan.contracts.org.OrgUnitUpdated;
import no.virksomhetsplan.platform.messaging.IdempotentConsumer;
import no.virksomhetsplan.platform.orgtree.OrgTreeReplica;
import no.virksomhetsplan.reporting.projection.application.Freshness;
import no.virksomhetsplan.reporting.projection.domain.StatusCounters;
import no.virksomhetsplan.reporting.projection.persistence.JdbcDataVersion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * When a unit is placed in the tree (created or moved), what its subtree counts moves with it: the change is applied
 * to the replica first (a no-op if the replica's own listener got there already) and the subtree counters are rebuilt
 * from the own counters. A created unit usually has nothing counted yet; when a replay brings its items before it,
 * the rebuild puts them under its ancestors too. Renames and closings are applied here as well, so that every change
 * of the tree raises the municipality's data version in the transaction that makes it (the replica's table is the
 * platform's and has no trigger of ours; ADR 0031).
 */
@Component
class OrgProjection {

    private static final String CONSUMER = "reporting-counters";

    private final IdempotentConsumer consumer;
    private final OrgTreeReplica replica;
    private final StatusCounters counters;
    private final Freshness freshness;
    private final JdbcDataVersion version;

    OrgProjection(IdempotentConsumer consumer, OrgTreeReplica replica, StatusCounters counters, Freshness freshness,
            JdbcDataVersion version) {
        this.consumer = consumer;
        this.version = version;
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
                case OrgUnitUpdated.TYPE -> replica.apply(event.tenant(), event.data(OrgUnitUpdated.class));
                case OrgUnitClosed.TYPE -> replica.apply(event.tenant(), event.data(OrgUnitClosed.class));
                default -> { }
            }
            version.bump(event.tenant());
            freshness.projected(Topics.ORG, event.envelope().time());
        });
    }
}
