package no.virksomhetsplan.platform.orgtree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.contracts.IntegrationEvent;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.org.OrgUnitClosed;
import no.virksomhetsplan.contracts.org.OrgUnitCreated;
import no.virksomhetsplan.contracts.org.OrgUnitMoved;
import no.virksomhetsplan.contracts.org.OrgUnitUpdated;
import no.virksomhetsplan.platform.PlatformIntegrationTest;
import no.virksomhetsplan.platform.messaging.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

class OrgTreeReplicaTest extends PlatformIntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(OrgTreeReplica.NORWAY);

    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    OrgTreeReplica replica;
    @Autowired
    JdbcClient jdbc;

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
        publish(tenant, new OrgUnitCreated(skole, oppvekst, List.of(kommune, oppvekst), "Fjordvik skole", "2110", "virksomhet", 1,
                "per.berg", TODAY));
        publish(tenant, new OrgUnitCreated(helse, kommune, List.of(kommune), "Helse og velferd", "3000", "sektor", 1));
        publish(otherTenant, new OrgUnitCreated(elsewhere, null, List.of(), "Nordlia kommune", "100", "kommune", 1));

        await().atMost(Duration.ofSeconds(20)).until(() -> replica.units(tenant).size() == 4 && replica.units(otherTenant).size() == 1);
        assertThat(replica.subtree(tenant, oppvekst)).extracting(OrgUnitView::name)
                .containsExactly("Oppvekst og kultur", "Fjordvik skole");
        assertThat(replica.subtree(tenant, kommune)).hasSize(4);
        assertThat(replica.subtree(otherTenant, kommune)).isEmpty();
        assertThat(replica.unitWithExternalCode(tenant, "2110")).get().extracting(OrgUnitView::id).isEqualTo(skole);
        OrgUnitView fjordvikSkole = replica.unit(tenant, skole).orElseThrow();
        assertThat(fjordvikSkole.path()).isEqualTo("/" + kommune + "/" + oppvekst + "/" + skole + "/");
        assertThat(fjordvikSkole.leader()).isEqualTo("per.berg");
        assertThat(fjordvikSkole.validFrom()).isEqualTo(TODAY);
    }

    @Test
    void aMovedUnitTakesEverythingBelowItAlong() {
        String tenant = aFreshTenant();
        UUID kommune = UUID.randomUUID();
        UUID oppvekst = UUID.randomUUID();
        UUID helse = UUID.randomUUID();
        UUID ppt = UUID.randomUUID();
        UUID kontor = UUID.randomUUID();
        List<UUID> events = new ArrayList<>(List.of(
                publish(tenant, new OrgUnitCreated(kommune, null, List.of(), "Fjordvik kommune", "1000", "kommune", 1)),
                publish(tenant, new OrgUnitCreated(oppvekst, kommune, List.of(kommune), "Oppvekst og kultur", "2000", "sektor", 1)),
                publish(tenant, new OrgUnitCreated(helse, kommune, List.of(kommune), "Helse og velferd", "3000", "sektor", 1)),
                publish(tenant, new OrgUnitCreated(ppt, oppvekst, List.of(kommune, oppvekst), "PPT", "2300", "virksomhet", 1)),
                publish(tenant, new OrgUnitCreated(kontor, ppt, List.of(kommune, oppvekst, ppt), "PPT-kontoret", "2301", "avdeling", 1))));

        events.add(publish(tenant, new OrgUnitMoved(ppt, helse, oppvekst, List.of(kommune, helse), TODAY.plusMonths(1), 2)));

        awaitApplied(events.toArray(UUID[]::new));
        assertThat(replica.unit(tenant, ppt).orElseThrow().parentId()).isEqualTo(helse);
        assertThat(replica.unit(tenant, kontor).orElseThrow().path()).isEqualTo("/" + kommune + "/" + helse + "/" + ppt + "/" + kontor + "/");
        assertThat(replica.subtree(tenant, helse)).extracting(OrgUnitView::name).containsExactly("Helse og velferd", "PPT", "PPT-kontoret");
        assertThat(replica.subtree(tenant, oppvekst)).extracting(OrgUnitView::name).containsExactly("Oppvekst og kultur");
    }

    @Test
    void pathsFollowTheLatestParentsWhateverOrderDifferentUnitsEventsArriveIn() {
        String tenant = aFreshTenant();
        UUID kommune = UUID.randomUUID();
        UUID oppvekst = UUID.randomUUID();
        UUID helse = UUID.randomUUID();
        UUID ppt = UUID.randomUUID();
        UUID kontor = UUID.randomUUID();
        UUID teamet = UUID.randomUUID();
        var created = new OrgUnitCreated(kontor, ppt, List.of(kommune, oppvekst, ppt), "PPT-kontoret", null, null, 1);
        var createdBelowIt = new OrgUnitCreated(teamet, kontor, List.of(kommune, oppvekst, ppt, kontor), "Teamet", null, null, 1);

        inOneTransaction(() -> {
            // the children's creations, published before their ancestor moved, arrive after the move and even before their parents
            replica.apply(tenant, createdBelowIt);
            replica.apply(tenant, new OrgUnitCreated(kommune, null, List.of(), "Fjordvik kommune", null, null, 1));
            replica.apply(tenant, new OrgUnitCreated(helse, kommune, List.of(kommune), "Helse og velferd", null, null, 1));
            replica.apply(tenant, new OrgUnitCreated(ppt, oppvekst, List.of(kommune, oppvekst), "PPT", null, null, 1));
            replica.apply(tenant, new OrgUnitMoved(ppt, helse, oppvekst, List.of(kommune, helse), TODAY, 2));
            replica.apply(tenant, created);
            replica.apply(tenant, new OrgUnitCreated(oppvekst, kommune, List.of(kommune), "Oppvekst og kultur", null, null, 1));
        });

        assertThat(replica.unit(tenant, kontor).orElseThrow().path()).isEqualTo("/" + kommune + "/" + helse + "/" + ppt + "/" + kontor + "/");
        assertThat(replica.unit(tenant, teamet).orElseThrow().path())
                .isEqualTo("/" + kommune + "/" + helse + "/" + ppt + "/" + kontor + "/" + teamet + "/");
        assertThat(replica.subtree(tenant, oppvekst)).extracting(OrgUnitView::id).containsExactly(oppvekst);
    }

    @Test
    void updatesChangeTheDetailsAndAClosedUnitLeavesTheTreeOnItsDay() {
        String tenant = aFreshTenant();
        UUID kommune = UUID.randomUUID();
        UUID skole = UUID.randomUUID();
        UUID barnehage = UUID.randomUUID();
        publish(tenant, new OrgUnitCreated(kommune, null, List.of(), "Fjordvik kommune", "1000", "kommune", 1));
        publish(tenant, new OrgUnitCreated(skole, kommune, List.of(kommune), "Fjordvik skole", "2110", "virksomhet", 1));
        publish(tenant, new OrgUnitCreated(barnehage, kommune, List.of(kommune), "Lia barnehage", "2220", "virksomhet", 1));

        awaitApplied(
                publish(tenant, new OrgUnitUpdated(skole, "Fjordvik skole og SFO", "2110", "skole", "per.berg", TODAY, 2)),
                publish(tenant, new OrgUnitClosed(skole, TODAY, 3)),
                publish(tenant, new OrgUnitClosed(barnehage, TODAY.plusDays(1), 2)));
        OrgUnitView closed = replica.unit(tenant, skole).orElseThrow();
        assertThat(closed.name()).isEqualTo("Fjordvik skole og SFO");
        assertThat(closed.leader()).isEqualTo("per.berg");
        assertThat(closed.closedFrom()).isEqualTo(TODAY);
        assertThat(replica.units(tenant)).extracting(OrgUnitView::name).containsExactly("Fjordvik kommune", "Lia barnehage");
        assertThat(replica.subtree(tenant, kommune)).extracting(OrgUnitView::id).containsExactly(kommune, barnehage);
        var tomorrow = new OrgTreeReplica(jdbc, Clock.fixed(TODAY.plusDays(1).atStartOfDay(OrgTreeReplica.NORWAY).toInstant(),
                OrgTreeReplica.NORWAY));
        assertThat(tomorrow.units(tenant)).extracting(OrgUnitView::id).containsExactly(kommune);
    }

    @Test
    void anOlderVersionNeverOverwritesANewerOne() {
        String tenant = aFreshTenant();
        UUID unit = UUID.randomUUID();
        UUID kommune = UUID.randomUUID();
        UUID helse = UUID.randomUUID();

        awaitApplied(
                publish(tenant, new OrgUnitCreated(unit, null, List.of(), "Newer name", null, null, 2)),
                publish(tenant, new OrgUnitCreated(unit, null, List.of(), "Older name", null, null, 1)));
        assertThat(replica.unit(tenant, unit).orElseThrow().name()).isEqualTo("Newer name");

        inOneTransaction(() -> {
            replica.apply(tenant, new OrgUnitCreated(kommune, null, List.of(), "Kommunen", null, null, 1));
            replica.apply(tenant, new OrgUnitCreated(helse, kommune, List.of(kommune), "Helse", null, null, 1));
            replica.apply(tenant, new OrgUnitUpdated(unit, "Newest name", null, null, null, TODAY, 5));
            replica.apply(tenant, new OrgUnitUpdated(unit, "Stale name", null, null, null, TODAY, 3));
            replica.apply(tenant, new OrgUnitMoved(unit, helse, kommune, List.of(kommune, helse), TODAY, 4));
            replica.apply(tenant, new OrgUnitClosed(unit, TODAY, 4));
        });
        OrgUnitView latest = replica.unit(tenant, unit).orElseThrow();
        assertThat(latest.name()).isEqualTo("Newest name");
        assertThat(latest.parentId()).isNull();
        assertThat(latest.closedFrom()).isNull();
        assertThat(latest.version()).isEqualTo(5);
    }

    /** @return the event's id */
    private UUID publish(String tenant, IntegrationEvent event) {
        return transaction.execute(status -> outbox.add(Topics.ORG, tenant, event));
    }

    /** Waits until the replica's consumer has taken these events, whichever partitions they went through. */
    private void awaitApplied(UUID... eventIds) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                        "select count(*) from inbox_event where consumer = 'org-tree-replica' and event_id in (:ids)")
                .param("ids", List.of(eventIds)).query(Long.class).single() == eventIds.length);
    }

    private void inOneTransaction(Runnable work) {
        transaction.executeWithoutResult(status -> work.run());
    }
}
