package no.virksomhetsplan.platform.messaging;

import static no.virksomhetsplan.platform.messaging.OutboxTest.appliedTimes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.org.OrgUnitCreated;
import no.virksomhetsplan.platform.PlatformIntegrationTest;
import no.virksomhetsplan.testsupport.CloudEventRecords;
import no.virksomhetsplan.testsupport.Infrastructure;
import no.virksomhetsplan.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

class IdempotentConsumerTest extends PlatformIntegrationTest {

    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void aRedeliveredEventChangesNothing() throws Exception {
        String tenant = aFreshTenant();
        UUID unit = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();

        send(event(eventId, tenant, unit, "Lia barnehage"));
        send(event(eventId, tenant, unit, "Lia barnehage"));
        UUID marker = UUID.randomUUID();
        send(event(UUID.randomUUID(), tenant, marker, "Marker"));

        await().atMost(Duration.ofSeconds(20)).until(() -> appliedTimes(jdbc, tenant, marker) == 1);
        assertThat(appliedTimes(jdbc, tenant, unit)).isEqualTo(1);
    }

    @Test
    void aRecordWithoutCloudEventsHeadersIsSetAsideAndTheRecordsBehindItAreProcessed() throws Exception {
        String tenant = aFreshTenant();
        String poisonKey = "poison-" + UUID.randomUUID();
        UUID behind = UUID.randomUUID();

        send(new ProducerRecord<>(Topics.ORG, poisonKey, "{}".getBytes(StandardCharsets.UTF_8)));
        send(event(UUID.randomUUID(), tenant, behind, "Haugen barnehage"));

        ConsumerRecord<String, byte[]> deadLetter = awaitDeadLetter(poisonKey);
        assertThat(TopicReader.header(deadLetter, DeadLetters.REASON_HEADER)).contains("missing header ce_id");
        assertThat(new String(deadLetter.value(), StandardCharsets.UTF_8)).isEqualTo("{}");
        await().atMost(Duration.ofSeconds(20)).until(() -> appliedTimes(jdbc, tenant, behind) == 1);
    }

    @Test
    void dataThatDoesNotFitTheContractIsSetAsideWithTheReason() throws Exception {
        String tenant = aFreshTenant();
        UUID unit = UUID.randomUUID();
        var record = event(UUID.randomUUID(), tenant, unit, "ignored");
        var broken = new ProducerRecord<>(Topics.ORG, null, unit.toString(), "not json".getBytes(StandardCharsets.UTF_8), record.headers());

        send(broken);

        ConsumerRecord<String, byte[]> deadLetter = awaitDeadLetter(unit.toString());
        assertThat(TopicReader.header(deadLetter, DeadLetters.REASON_HEADER))
                .startsWith("InvalidEventException").contains("does not match OrgUnitCreated");
        assertThat(new String(deadLetter.value(), StandardCharsets.UTF_8)).isEqualTo("not json");
        assertThat(appliedTimes(jdbc, tenant, unit)).isZero();
    }

    @Test
    void aRecordThatKeepsFailingIsRetriedABoundedNumberOfTimesThenSetAside() throws Exception {
        String tenant = aFreshTenant();
        UUID failing = UUID.randomUUID();
        UUID behind = UUID.randomUUID();
        Instant sent = Instant.now();

        send(event(UUID.randomUUID(), tenant, failing, "always-fails"));
        send(event(UUID.randomUUID(), tenant, behind, "Kulturskolen"));

        ConsumerRecord<String, byte[]> deadLetter = awaitDeadLetter(failing.toString());
        assertThat(TopicReader.header(deadLetter, DeadLetters.REASON_HEADER))
                .isEqualTo("IllegalStateException: cannot apply always-fails");
        await().atMost(Duration.ofSeconds(20)).until(() -> appliedTimes(jdbc, tenant, behind) == 1);
        // 3 retries 100 ms apart: set aside in seconds, not stuck
        assertThat(Duration.between(sent, Instant.now())).isLessThan(Duration.ofSeconds(20));
    }

    private ProducerRecord<String, byte[]> event(UUID eventId, String tenant, UUID unit, String name) {
        var data = json.writeValueAsString(new OrgUnitCreated(unit, null, List.of(), name, null, null, 1));
        return CloudEventRecords.record(Topics.ORG, eventId, OrgUnitCreated.TYPE, tenant, unit.toString(), data);
    }

    private void send(ProducerRecord<String, byte[]> record) throws Exception {
        kafka.send(record).get();
    }

    private static ConsumerRecord<String, byte[]> awaitDeadLetter(String key) {
        try (var deadLetters = new TopicReader(Infrastructure.endpoints().kafkaBootstrapServers(), Topics.deadLetter(Topics.ORG))) {
            return deadLetters.awaitRecord(r -> key.equals(r.key()), Duration.ofSeconds(30));
        }
    }
}
