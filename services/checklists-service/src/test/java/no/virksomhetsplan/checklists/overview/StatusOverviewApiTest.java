package no.virksomhetsplan.checklists.overview;

import static no.virksomhetsplan.checklists.ChecklistsApi.DEVIATIONS;
import static no.virksomhetsplan.checklists.ChecklistsApi.DISTRIBUTIONS;
import static no.virksomhetsplan.checklists.ChecklistsApi.JSON;
import static no.virksomhetsplan.checklists.ChecklistsApi.RESPONSES;
import static no.virksomhetsplan.checklists.ChecklistsApi.aDistribution;
import static no.virksomhetsplan.checklists.ChecklistsApi.anHmsTemplate;
import static no.virksomhetsplan.checklists.ChecklistsApi.answer;
import static no.virksomhetsplan.checklists.ChecklistsApi.answers;
import static no.virksomhetsplan.checklists.ChecklistsApi.assertProblem;
import static no.virksomhetsplan.checklists.ChecklistsApi.created;
import static no.virksomhetsplan.checklists.ChecklistsApi.id;
import static no.virksomhetsplan.checklists.ChecklistsApi.json;
import static no.virksomhetsplan.checklists.ChecklistsApi.ok;
import static no.virksomhetsplan.checklists.ChecklistsApi.questionId;
import static no.virksomhetsplan.checklists.ChecklistsApi.yesNo;
import static no.virksomhetsplan.testsupport.People.aUsername;
import static no.virksomhetsplan.testsupport.People.adminOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.checklists.ApiTestBase;
import no.virksomhetsplan.contracts.CloudEventHeaders;
import no.virksomhetsplan.contracts.EventSchemas;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.assignments.AssignmentChanged;
import no.virksomhetsplan.contracts.assignments.AssignmentSourceData;
import no.virksomhetsplan.contracts.checklists.DeviationClosed;
import no.virksomhetsplan.contracts.checklists.DeviationRaised;
import no.virksomhetsplan.contracts.org.OrgUnitMoved;
import no.virksomhetsplan.testsupport.CloudEventRecords;
import no.virksomhetsplan.testsupport.Infrastructure;
import no.virksomhetsplan.testsupport.People;
import no.virksomhetsplan.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The status overview with drill-down and the deviation register, from a whole municipality's checklists: counters
 * move with every answer, submission, deviation and org move; a deviation closes when its follow-up is done.
 */
class StatusOverviewApiTest extends ApiTestBase {

    private static final LocalDate DEADLINE = LocalDate.of(2027, 4, 5);

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    private String admin;
    private JsonNode march;
    private UUID exitsFree;
    private UUID lightChecked;
    private UUID sickLeave;

    @BeforeEach
    void marchGivenToTheWholeMunicipality() {
        admin = adminOf(fjordvik.kommune, aUsername("hilde.admin"));
        JsonNode template = api.aTemplate(admin, anHmsTemplate());
        exitsFree = questionId(template, "Er rømningsveiene frie?");
        lightChecked = questionId(template, "Er nødlyset kontrollert?");
        sickLeave = questionId(template, "Er sykefraværet fulgt opp etter rutinen?");
        march = api.distribute(admin, aDistribution(id(template), fjordvik.kommune, 2027, 3, DEADLINE));
    }

    private UUID responseOf(UUID unit) {
        for (JsonNode open : api.get(admin, DISTRIBUTIONS + "/" + id(march) + "/not-submitted?size=500")) {
            if (open.get("unit").get("id").asString().equals(unit.toString())) {
                return UUID.fromString(open.get("responseId").asString());
            }
        }
        throw new AssertionError("no open checklist for " + unit);
    }

    private JsonNode overview(String token, UUID unit) {
        return api.get(token, DISTRIBUTIONS + "/" + id(march) + "/overview" + (unit == null ? "" : "?unitId=" + unit));
    }

    private static JsonNode child(JsonNode overview, String name) {
        for (JsonNode child : overview.get("children")) {
            if (child.get("unit").get("name").asString().equals(name)) {
                return child;
            }
        }
        throw new AssertionError("no child " + name + " in " + overview.get("children"));
    }

    private UUID submitNordskogenWithANo() {
        UUID nordskogen = responseOf(fjordvik.nordskogen.id());
        String per = fjordvik.rektorNordskogenToken();
        ok(api.client().put(per, RESPONSES + "/" + nordskogen + "/answers", answers(yesNo(exitsFree, "NO", null),
                answer(lightChecked, "checked", true), yesNo(sickLeave, "YES", null))));
        ok(api.client().post(per, RESPONSES + "/" + nordskogen + "/submit", json(Map.of("version", 2))));
        return nordskogen;
    }

    @Test
    void theOverviewCountsPerCategoryCheckpointAndQuestionAndDrillsDownTheTree() {
        submitNordskogenWithANo();
        UUID sjobakken = responseOf(fjordvik.sjobakken.id());
        ok(api.client().put(fjordvik.rektorSjobakkenToken(), RESPONSES + "/" + sjobakken + "/answers",
                answers(yesNo(exitsFree, "YES", null))));

        JsonNode top = overview(fjordvik.kommunedirektorToken(), null);
        assertThat(top.get("unit").get("id").asString()).isEqualTo(fjordvik.kommune.id().toString());
        JsonNode counts = top.get("counts");
        assertThat(counts.get("assigned").asLong()).isEqualTo(5);
        assertThat(counts.get("submitted").asLong()).isEqualTo(1);
        assertThat(counts.get("draft").asLong()).isEqualTo(1);
        assertThat(counts.get("notStarted").asLong()).isEqualTo(3);
        assertThat(counts.get("completion").asDouble()).isEqualTo(0.2);

        JsonNode fire = top.get("categories").get(0);
        assertThat(fire.get("title").asString()).isEqualTo("Brannvern");
        assertThat(fire.get("answered").asLong()).as("two submitted answers in Brannvern").isEqualTo(2);
        assertThat(fire.get("expected").asLong()).isEqualTo(15);
        JsonNode exits = fire.get("checkpoints").get(0).get("questions").get(0);
        assertThat(exits.get("answered").asLong()).isEqualTo(1);
        assertThat(exits.get("answers").get("NO").asLong()).as("Sjøbakken's draft YES does not count").isEqualTo(1);
        assertThat(exits.get("answers").has("YES")).isFalse();
        assertThat(fire.get("checkpoints").get(0).get("questions").get(1).get("answers").get("CHECKED").asLong()).isEqualTo(1);

        assertThat(child(top, "Oppvekst og kultur").get("counts").get("assigned").asLong()).isEqualTo(3);
        assertThat(child(top, "Oppvekst og kultur").get("counts").get("submitted").asLong()).isEqualTo(1);
        assertThat(child(top, "Helse og velferd").get("counts").get("notStarted").asLong()).isEqualTo(1);
        assertThat(top.get("notSubmitted")).extracting(u -> u.get("unit").get("name").asString() + "/" + u.get("answeredBy").asString())
                .containsExactlyInAnyOrder("Fjordvik kommune/" + fjordvik.kommunedirektor, "Oppvekst og kultur/" + fjordvik.headOfOppvekst,
                        "Sjøbakken skole/" + fjordvik.rektorSjobakken, "Helse og velferd/" + fjordvik.headOfHelse);

        JsonNode oppvekst = overview(fjordvik.headOfOppvekstToken(), null);
        assertThat(oppvekst.get("unit").get("name").asString()).isEqualTo("Oppvekst og kultur");
        assertThat(oppvekst.get("counts").get("assigned").asLong()).isEqualTo(3);
        assertThat(child(oppvekst, "Sjøbakken skole").get("counts").get("draft").asLong()).isEqualTo(1);
        assertThat(oppvekst.get("notSubmitted")).hasSize(2);
        assertProblem(api.client().get(fjordvik.headOfHelseToken(), DISTRIBUTIONS + "/" + id(march) + "/overview?unitId="
                + fjordvik.oppvekst.id()), 403, "outside your part");
        assertThat(overview(fjordvik.rektorNordskogenToken(), null).get("counts").get("submitted").asLong()).isEqualTo(1);

        kafka.send(CloudEventRecords.record(Topics.ORG, UUID.randomUUID(), OrgUnitMoved.TYPE, "fjordvik",
                fjordvik.sjobakken.id().toString(), JSON.writeValueAsString(new OrgUnitMoved(fjordvik.sjobakken.id(),
                        fjordvik.helse.id(), fjordvik.oppvekst.id(), fjordvik.helse.lineage(), LocalDate.of(2027, 1, 1), 2))));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode moved = overview(fjordvik.kommunedirektorToken(), null);
            assertThat(child(moved, "Helse og velferd").get("counts").get("assigned").asLong()).isEqualTo(2);
            assertThat(child(moved, "Helse og velferd").get("counts").get("draft").asLong()).isEqualTo(1);
            assertThat(child(moved, "Oppvekst og kultur").get("counts").get("assigned").asLong()).isEqualTo(2);
            assertThat(moved.get("counts").get("assigned").asLong()).isEqualTo(5);
        });
    }

    @Test
    void aDeviationBecomesAFollowUpAndClosesWhenTheFollowUpIsDone() throws Exception {
        UUID nordskogen = submitNordskogenWithANo();
        String per = fjordvik.rektorNordskogenToken();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("questionId", exitsFree);
        report.put("description", "Lager blokkerer nødutgangen ved gymsalen.");
        report.put("severity", "HIGH");
        report.put("responsible", fjordvik.rektorNordskogen);
        report.put("deadline", "2027-04-15");

        Map<String, Object> unanswered = new LinkedHashMap<>(report);
        unanswered.put("questionId", questionId(api.get(per, RESPONSES + "/" + nordskogen), "Tiltak som er satt i verk"));
        assertProblem(api.client().post(per, RESPONSES + "/" + nordskogen + "/deviations", json(unanswered)), 422,
                "Tiltak som er satt i verk");
        Map<String, Object> tooLate = new LinkedHashMap<>(report);
        tooLate.put("deadline", "2020-01-01");
        assertProblem(api.client().post(per, RESPONSES + "/" + nordskogen + "/deviations", json(tooLate)), 422, "deadline");
        Map<String, Object> badSeverity = new LinkedHashMap<>(report);
        badSeverity.put("severity", "CATASTROPHIC");
        assertProblem(api.client().post(per, RESPONSES + "/" + nordskogen + "/deviations", json(badSeverity)), 400, "severity");
        assertProblem(api.client().post(fjordvik.rektorSjobakkenToken(), RESPONSES + "/" + nordskogen + "/deviations", json(report)),
                403, "leader of its own unit");

        JsonNode deviation = created(api.client().post(per, RESPONSES + "/" + nordskogen + "/deviations", json(report)));
        assertThat(deviation.get("status").asString()).isEqualTo("OPEN");
        UUID followUp = UUID.fromString(deviation.get("followUpId").asString());

        try (var topic = new TopicReader(Infrastructure.endpoints().kafkaBootstrapServers(), Topics.CHECKLISTS)) {
            ConsumerRecord<String, byte[]> raised = topic.awaitRecord(r -> ("deviation/" + id(deviation)).equals(r.key()),
                    Duration.ofSeconds(20));
            assertThat(TopicReader.header(raised, CloudEventHeaders.TYPE)).isEqualTo(DeviationRaised.TYPE);
            assertThat(EventSchemas.violations(DeviationRaised.TYPE, new String(raised.value()))).isEmpty();
            JsonNode data = JSON.readTree(raised.value());
            assertThat(data.get("followUpId").asString()).isEqualTo(followUp.toString());
            assertThat(data.get("questionText").asString()).isEqualTo("Er rømningsveiene frie?");
        }
        JsonNode register = api.get(fjordvik.headOfOppvekstToken(), DEVIATIONS + "?status=OPEN");
        assertThat(register).singleElement().satisfies(entry -> {
            assertThat(entry.get("id").asString()).isEqualTo(deviation.get("id").asString());
            assertThat(entry.get("unitName").asString()).isEqualTo("Nordskogen skole");
            assertThat(entry.get("questionText").asString()).isEqualTo("Er rømningsveiene frie?");
            assertThat(entry.get("checklistTitle").asString()).isEqualTo("HMS-sjekkliste for virksomheter – mars 2027");
            assertThat(entry.get("severity").asString()).isEqualTo("HIGH");
        });
        assertThat(api.get(fjordvik.headOfHelseToken(), DEVIATIONS)).as("not in Helse's register").isEmpty();
        assertThat(api.get(fjordvik.headOfOppvekstToken(), DEVIATIONS + "?subtree=false")).as("not Oppvekst's own").isEmpty();
        assertThat(overview(fjordvik.kommunedirektorToken(), null).get("counts").get("deviationsOpen").asLong()).isEqualTo(1);

        UUID eventId = UUID.randomUUID();
        ProducerRecord<String, byte[]> done = CloudEventRecords.record(Topics.ASSIGNMENTS, eventId, AssignmentChanged.TYPE, "fjordvik",
                "assignment/" + followUp, JSON.writeValueAsString(new AssignmentChanged(followUp, fjordvik.nordskogen.id(), "TILTAK",
                        "Avvik: Lager blokkerer nødutgangen ved gymsalen.", null,
                        new AssignmentSourceData("NONE", null, null, null, null, null, null), false, fjordvik.rektorNordskogen,
                        LocalDate.of(2027, 4, 15), "DONE", "GREEN", null, null, "STATUS_CHANGED", fjordvik.rektorNordskogen,
                        Instant.now(), 3)));
        kafka.send(done).get();
        kafka.send(done).get();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api.get(per, DEVIATIONS + "/" + id(deviation)).get("status").asString()).isEqualTo("CLOSED"));
        JsonNode closed = api.get(per, DEVIATIONS + "/" + id(deviation));
        assertThat(closed.get("closedBy").asString()).isEqualTo(fjordvik.rektorNordskogen);
        try (var topic = new TopicReader(Infrastructure.endpoints().kafkaBootstrapServers(), Topics.CHECKLISTS)) {
            ConsumerRecord<String, byte[]> event = topic.awaitRecord(r -> ("deviation/" + id(deviation)).equals(r.key())
                    && DeviationClosed.TYPE.equals(TopicReader.header(r, CloudEventHeaders.TYPE)), Duration.ofSeconds(20));
            assertThat(EventSchemas.violations(DeviationClosed.TYPE, new String(event.value()))).isEmpty();
            assertThat(topic.recordsSoFar(r -> ("deviation/" + id(deviation)).equals(r.key())
                    && DeviationClosed.TYPE.equals(TopicReader.header(r, CloudEventHeaders.TYPE)))).as("closed once").hasSize(1);
        }
        JsonNode counts = overview(fjordvik.kommunedirektorToken(), null).get("counts");
        assertThat(counts.get("deviationsOpen").asLong()).isZero();
        assertThat(counts.get("deviationsClosed").asLong()).isEqualTo(1);
        assertThat(api.get(fjordvik.headOfOppvekstToken(), DEVIATIONS + "?status=CLOSED")).hasSize(1);
    }
}
