package no.virksomhetsplan.platform.orgtree;

import no.virksomhetsplan.platform.messaging.IdempotentConsumer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Keeps a local org-tree replica in services that set {@code virksomhetsplan.org-tree-replica.enabled=true}, and gives
 * them the tree's units ({@link Units}) and who may act on which ({@link UnitAccess}).
 */
@AutoConfiguration(afterName = "no.virksomhetsplan.platform.messaging.MessagingAutoConfiguration")
@ConditionalOnProperty(name = "virksomhetsplan.org-tree-replica.enabled", havingValue = "true")
@ConditionalOnBean(IdempotentConsumer.class)
public class OrgTreeReplicaAutoConfiguration {

    @Bean
    OrgTreeReplicaListener orgTreeReplicaListener(IdempotentConsumer consumer, OrgTreeReplica replica) {
        return new OrgTreeReplicaListener(consumer, replica);
    }

    // Named for the replica, so a service's own beans called "units" or "unitAccess" (reporting-service has its own
    // rules) do not collide with these.
    @Bean
    Units orgTreeUnits(OrgTreeReplica replica) {
        return new Units(replica);
    }

    @Bean
    UnitAccess orgTreeUnitAccess(Units units) {
        return new UnitAccess(units);
    }
}
