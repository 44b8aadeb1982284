package no.virksomhetsplan.platform.orgtree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.org.OrgUnitCreated;
import no.virksomhetsplan.platform.PlatformIntegrationTest;
import no.virksomhetsplan.platform.messaging.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class OrgTreeReplicaTest extends PlatformIntegrationTest {

    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    OrgTreeReplica replica;

    @Test
    void theReplicaFollowsTheTreeAndAnswersSubtreesPerTenant() {
        String tenant = aFreshTenant();
        String otherTenant = aFreshTenant();
        UUID kommune = UUID.randomUUID();
        UUID oppvekst = UUID.randomUUID();
        UUID skole = UUID.randomUUID();
        UUID helse = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();

        publish(tenant, new OrgUnitCreated(kommune, null, List.of(), "Fjordvik kommune", "1000", "kommune", 1));
        publish(tenant, new OrgUnitCreated(oppvekst, kommune, List.of(kommune), "Oppvekst og kultur", "2000", "sektor", 1));
        publish(tenant, new OrgUnitCreated(skole, oppvekst, List.of(kommune, oppvekst), "Fjordvik skole", "2110", "virksomhet", 1));
        publish(tenant, new OrgUnitCreated(helse, kommune, List.of(kommune), "Helse og velferd", "3000", "sektor", 1));
        publish(otherTenant, new OrgUnitCreated(elsewhere, null, List.of(), "Nordlia kommune", "100", "kommune", 1));

        await().atMost(Duration.ofSeconds(20)).until(() -> replica.units(tenant).size() == 4 && replica.units(otherTenant).size() == 1);
        assertThat(replica.subtree(tenant, oppvekst)).extracting(OrgUnitView::name)
                .containsExactly("Oppvekst og kultur", "Fjordvik skole");
        assertThat(replica.subtree(tenant, kommune)).hasSize(4);
        assertThat(replica.subtree(otherTenant, kommune)).isEmpty();
        assertThat(replica.unitWithExternalCode(tenant, "2110")).get().extracting(OrgUnitView::id).isEqualTo(skole);
        assertThat(replica.unit(tenant, skole).orElseThrow().path()).isEqualTo("/" + kommune + "/" + oppvekst + "/" + skole + "/");
    }

    @Test
    void anOlderVersionNeverOverwritesANewerOne() {
        String tenant = aFreshTenant();
        UUID unit = UUID.randomUUID();

        publish(tenant, new OrgUnitCreated(unit, null, List.of(), "Newer name", null, null, 2));
        publish(tenant, new OrgUnitCreated(unit, null, List.of(), "Older name", null, null, 1));
        UUID marker = UUID.randomUUID();
        publish(tenant, new OrgUnitCreated(marker, null, List.of(), "Marker", null, null, 1));

        await().atMost(Duration.ofSeconds(20)).until(() -> replica.unit(tenant, marker).isPresent());
        assertThat(replica.unit(tenant, unit).orElseThrow().name()).isEqualTo("Newer name");
    }

    private void publish(String tenant, OrgUnitCreated event) {
        transaction.executeWithoutResult(status -> outbox.add(Topics.ORG, tenant, event));
    }
}
