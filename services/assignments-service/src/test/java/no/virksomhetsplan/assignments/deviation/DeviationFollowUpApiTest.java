package no.virksomhetsplan.assignments.deviation;

import static no.virksomhetsplan.assignments.AssignmentsApi.ASSIGNMENTS;
import static no.virksomhetsplan.assignments.AssignmentsApi.JSON;
import static no.virksomhetsplan.assignments.AssignmentsApi.ok;
import static no.virksomhetsplan.assignments.AssignmentsApi.status;
import static no.virksomhetsplan.testsupport.People.aUsername;
import static no.virksomhetsplan.testsupport.People.employeeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.virksomhetsplan.assignments.ApiTestBase;
import no.virksomhetsplan.contracts.CloudEventHeaders;
import no.virksomhetsplan.contracts.EventSchemas;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.assignments.AssignmentChanged;
import no.virksomhetsplan.contracts.checklists.DeviationRaised;
import no.virksomhetsplan.testsupport.CloudEventRecords;
import no.virksomhetsplan.testsupport.Infrastructure;
import no.virksomhetsplan.testsupport.People;
import no.virksomhetsplan.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A deviation raised in a checklist (an event from checklists-service on vp.checklists.v1) becomes a follow-up
 * assignment of the deviation's unit, once however often the event comes; when its responsible person reports it done,
 * the assignment-changed event that checklists-service closes the deviation on goes out with the follow-up's id.
 */
class DeviationFollowUpApiTest extends ApiTestBase {

    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    JdbcClient jdbc;

    private DeviationRaised aDeviationIn(String responsible) {
        return new DeviationRaised(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), fjordvik.nordskogen.id(), UUID.randomUUID(),
                "HMS-sjekkliste for virksomheter – mars 2027", "Er rømningsveiene frie?", "Lager blokkerer nødutgangen ved gymsalen.",
                "HIGH", responsible, LocalDate.of(2027, 4, 15), UUID.randomUUID(), fjordvik.rektorNordskogen,
                Instant.parse("2027-03-28T10:06:00Z"));
    }

    private ProducerRecord<String, byte[]> record(UUID eventId, DeviationRaised deviation) {
        return CloudEventRecords.record(Topics.CHECKLISTS, eventId, DeviationRaised.TYPE, "fjordvik",
                "deviation/" + deviation.deviationId(), JSON.writeValueAsString(deviation));
    }

    @Test
    void aDeviationBecomesOneFollowUpAssignmentWhoseCompletionIsPublished() throws Exception {
        String ola = aUsername("ola.hansen");
        String per = fjordvik.rektorNordskogenToken();
        api.register(per, fjordvik.nordskogen, ola);
        DeviationRaised deviation = aDeviationIn(ola);
        UUID eventId = UUID.randomUUID();
        kafka.send(record(eventId, deviation)).get();
        kafka.send(record(eventId, deviation)).get();
        kafka.send(record(UUID.randomUUID(), deviation)).get();

        String path = ASSIGNMENTS + "/" + deviation.followUpId();
        JsonNode followUp = await().atMost(Duration.ofSeconds(20)).until(() -> api.client().get(per, path),
                response -> response.statusCode() == 200).body().transform(JSON::readTree);
        assertThat(followUp.get("title").asString()).isEqualTo("Avvik: Lager blokkerer nødutgangen ved gymsalen.");
        assertThat(followUp.get("description").asString()).contains("«Er rømningsveiene frie?»", "alvorlighet HIGH");
        assertThat(followUp.get("unitId").asString()).isEqualTo(fjordvik.nordskogen.id().toString());
        assertThat(followUp.get("responsible").asString()).isEqualTo(ola);
        assertThat(followUp.get("deadline").asString()).isEqualTo("2027-04-15");
        assertThat(followUp.get("status").asString()).isEqualTo("NOT_STARTED");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> jdbc.sql(
                "select count(*) from work_item where tenant_id = 'fjordvik' and assignment_id = :id").param("id", deviation.followUpId())
                .query(Long.class).single() == 1);

        ok(api.client().post(employeeOf(fjordvik.nordskogen, ola), path + "/status", status(1, "DONE", "Lageret er ryddet.")));
        try (var topic = new TopicReader(Infrastructure.endpoints().kafkaBootstrapServers(), Topics.ASSIGNMENTS)) {
            ConsumerRecord<String, byte[]> done = topic.awaitRecord(r -> ("assignment/" + deviation.followUpId()).equals(r.key())
                    && AssignmentChanged.TYPE.equals(TopicReader.header(r, CloudEventHeaders.TYPE))
                    && JSON.readTree(r.value()).get("status").asString().equals("DONE"), Duration.ofSeconds(20));
            assertThat(EventSchemas.violations(AssignmentChanged.TYPE, new String(done.value()))).isEmpty();
            assertThat(JSON.readTree(done.value()).get("changedBy").asString()).isEqualTo(ola);
        }
    }

    @Test
    void aResponsiblePersonUnknownHereLeavesTheFollowUpOwnerless() {
        DeviationRaised deviation = aDeviationIn(aUsername("ukjent.person"));
        kafka.send(record(UUID.randomUUID(), deviation));
        JsonNode followUp = await().atMost(Duration.ofSeconds(20))
                .until(() -> api.client().get(fjordvik.rektorNordskogenToken(), ASSIGNMENTS + "/" + deviation.followUpId()),
                        response -> response.statusCode() == 200).body().transform(JSON::readTree);
        assertThat(followUp.get("responsible").isNull()).isTrue();
        assertThat(followUp.get("type").asString()).isEqualTo("TILTAK");
    }
}
