package no.virksomhetsplan.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import no.virksomhetsplan.contracts.CloudEventHeaders;
import no.virksomhetsplan.contracts.EventSchemas;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.org.OrgUnitCreated;
import no.virksomhetsplan.platform.PlatformIntegrationTest;
import no.virksomhetsplan.platform.testapp.UnitWriter;
import no.virksomhetsplan.testsupport.Infrastructure;
import no.virksomhetsplan.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

class OutboxTest extends PlatformIntegrationTest {

    @Autowired
    UnitWriter units;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aChangeIsPublishedAsACloudEventWhoseDataMatchesItsSchema() {
        String tenant = aFreshTenant();

        UUID unit = units.create(tenant, "Fjordvik skole");

        try (var topic = new TopicReader(Infrastructure.endpoints().kafkaBootstrapServers(), Topics.ORG)) {
            ConsumerRecord<String, byte[]> record = topic.awaitRecord(r -> unit.toString().equals(r.key()), Duration.ofSeconds(20));
            assertThat(TopicReader.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(UUID.fromString(TopicReader.header(record, CloudEventHeaders.ID))).isNotNull();
            assertThat(TopicReader.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/virksomhetsplan/platform-test");
            assertThat(TopicReader.header(record, CloudEventHeaders.TYPE)).isEqualTo(OrgUnitCreated.TYPE);
            assertThat(Instant.parse(TopicReader.header(record, CloudEventHeaders.TIME))).isBefore(Instant.now().plusSeconds(1));
            assertThat(TopicReader.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(unit.toString());
            assertThat(TopicReader.header(record, CloudEventHeaders.TENANT)).isEqualTo(tenant);
            assertThat(TopicReader.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
            assertThat(EventSchemas.violations(OrgUnitCreated.TYPE, new String(record.value()))).isEmpty();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> outboxRows(tenant) == 0);
    }

    @Test
    void aRolledBackChangeLeavesNeitherRowNorEvent() {
        String tenant = aFreshTenant();

        assertThatThrownBy(() -> units.createThenFail(tenant, "Never")).hasMessageContaining("on purpose");

        assertThat(jdbc.sql("select count(*) from written_unit where tenant_id = :t").param("t", tenant).query(Long.class).single()).isZero();
        assertThat(outboxRows(tenant)).isZero();
        UUID marker = units.create(tenant, "Marker");
        await().atMost(Duration.ofSeconds(20)).until(() -> appliedTimes(jdbc, tenant, marker) == 1);
        assertThat(jdbc.sql("select count(*) from applied_count where tenant_id = :t").param("t", tenant).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void manyEventsAddedInOneStatementArePublishedInTheirOrder() {
        String tenant = aFreshTenant();
        UUID unit = UUID.randomUUID();
        List<OrgUnitCreated> events = IntStream.rangeClosed(1, 5)
                .mapToObj(version -> new OrgUnitCreated(unit, null, List.of(), "Navn " + version, null, null, version))
                .toList();

        transaction.executeWithoutResult(status -> outbox.addAll(Topics.ORG, tenant, events));

        try (var topic = new TopicReader(Infrastructure.endpoints().kafkaBootstrapServers(), Topics.ORG)) {
            topic.awaitRecord(r -> unit.toString().equals(r.key()) && new String(r.value()).contains("Navn 5"), Duration.ofSeconds(20));
            List<ConsumerRecord<String, byte[]>> published = topic.recordsSoFar(r -> unit.toString().equals(r.key()));
            assertThat(published).extracting(r -> new String(r.value())).hasSize(5)
                    .satisfies(data -> assertThat(data.get(0)).contains("Navn 1"), data -> assertThat(data.get(4)).contains("Navn 5"));
            assertThat(published).allSatisfy(r -> {
                assertThat(TopicReader.header(r, CloudEventHeaders.TENANT)).isEqualTo(tenant);
                assertThat(TopicReader.header(r, CloudEventHeaders.SUBJECT)).isEqualTo(unit.toString());
                assertThat(EventSchemas.violations(OrgUnitCreated.TYPE, new String(r.value()))).isEmpty();
            });
            assertThat(published).extracting(r -> TopicReader.header(r, CloudEventHeaders.ID)).doesNotHaveDuplicates();
        }
        assertThatThrownBy(() -> outbox.addAll(Topics.ORG, tenant, events)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anEventCannotBeAddedWithoutTheTransactionOfItsChange() {
        var event = new OrgUnitCreated(UUID.randomUUID(), null, List.of(), "Orphan", null, null, 1);

        assertThatThrownBy(() -> outbox.add(Topics.ORG, "fjordvik", event)).isInstanceOf(IllegalStateException.class);
    }

    private long outboxRows(String tenant) {
        return jdbc.sql("select count(*) from outbox_event where tenant_id = :t").param("t", tenant).query(Long.class).single();
    }

    static int appliedTimes(JdbcClient jdbc, String tenant, UUID unit) {
        return jdbc.sql("select coalesce(max(times), 0) from applied_count where tenant_id = :t and unit_id = :u")
                .param("t", tenant).param("u", unit).query(Integer.class).single();
    }
}
