package no.virksomhetsplan.checklists.response.web;

import static no.virksomhetsplan.checklists.ChecklistsApi.DISTRIBUTIONS;
import static no.virksomhetsplan.checklists.ChecklistsApi.JSON;
import static no.virksomhetsplan.checklists.ChecklistsApi.RESPONSES;
import static no.virksomhetsplan.checklists.ChecklistsApi.TEMPLATES;
import static no.virksomhetsplan.checklists.ChecklistsApi.aDistribution;
import static no.virksomhetsplan.checklists.ChecklistsApi.anHmsTemplate;
import static no.virksomhetsplan.checklists.ChecklistsApi.answer;
import static no.virksomhetsplan.checklists.ChecklistsApi.answers;
import static no.virksomhetsplan.checklists.ChecklistsApi.assertProblem;
import static no.virksomhetsplan.checklists.ChecklistsApi.id;
import static no.virksomhetsplan.checklists.ChecklistsApi.json;
import static no.virksomhetsplan.checklists.ChecklistsApi.ok;
import static no.virksomhetsplan.checklists.ChecklistsApi.question;
import static no.virksomhetsplan.checklists.ChecklistsApi.questionId;
import static no.virksomhetsplan.checklists.ChecklistsApi.yesNo;
import static no.virksomhetsplan.testsupport.People.aUsername;
import static no.virksomhetsplan.testsupport.People.adminOf;
import static no.virksomhetsplan.testsupport.People.employeeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import no.virksomhetsplan.checklists.ApiTestBase;
import no.virksomhetsplan.contracts.CloudEventHeaders;
import no.virksomhetsplan.contracts.EventSchemas;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.checklists.AnswersSaved;
import no.virksomhetsplan.contracts.checklists.ChecklistDistributed;
import no.virksomhetsplan.contracts.checklists.ChecklistTemplateChanged;
import no.virksomhetsplan.contracts.checklists.DistributionClosed;
import no.virksomhetsplan.contracts.checklists.ResponseSubmitted;
import no.virksomhetsplan.contracts.plans.PlanYearChanged;
import no.virksomhetsplan.testsupport.CloudEventRecords;
import no.virksomhetsplan.testsupport.Infrastructure;
import no.virksomhetsplan.testsupport.People;
import no.virksomhetsplan.testsupport.TestIssuer;
import no.virksomhetsplan.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Issue 5's flow with real tokens, PostgreSQL and Kafka: an administrator defines and revises a template and gives it to
 * Oppvekst's subtree; each school's leader answers for their own school, drafts are kept answer by answer, a submit is
 * refused while required questions are empty, and every change is an event valid against its schema.
 */
class ChecklistFlowApiTest extends ApiTestBase {

    private static final LocalDate DEADLINE = LocalDate.of(2027, 4, 5);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    private String admin;
    private JsonNode template;
    private UUID exitsFree;
    private UUID lightChecked;
    private UUID drills;
    private UUID sickLeave;

    @BeforeEach
    void anAdministratorsTemplate() {
        admin = adminOf(fjordvik.kommune, aUsername("hilde.admin"));
        template = api.aTemplate(admin, anHmsTemplate());
        exitsFree = questionId(template, "Er rømningsveiene frie?");
        lightChecked = questionId(template, "Er nødlyset kontrollert?");
        drills = questionId(template, "Antall brannøvelser siste måned");
        sickLeave = questionId(template, "Er sykefraværet fulgt opp etter rutinen?");
    }

    private JsonNode marchChecklistFor(JsonNode distribution, UUID unit) {
        JsonNode overview = api.get(admin, DISTRIBUTIONS + "/" + id(distribution) + "/not-submitted?unitId=" + unit + "&size=500");
        for (JsonNode open : overview) {
            if (open.get("unit").get("id").asString().equals(unit.toString())) {
                return open;
            }
        }
        throw new AssertionError("no open checklist for " + unit);
    }

    private UUID responseOf(JsonNode distribution, UUID unit) {
        return UUID.fromString(marchChecklistFor(distribution, unit).get("responseId").asString());
    }

    @Test
    void leadersAnswerTheirOwnUnitsChecklistDraftByDraftAndSubmitIt() {
        JsonNode march = api.distribute(admin, aDistribution(id(template), fjordvik.oppvekst, 2027, 3, DEADLINE));
        assertThat(march.get("title").asString()).isEqualTo("HMS-sjekkliste for virksomheter – mars 2027");
        UUID nordskogen = responseOf(march, fjordvik.nordskogen.id());
        String per = fjordvik.rektorNordskogenToken();

        JsonNode mine = api.get(per, RESPONSES + "/mine");
        assertThat(mine).extracting(r -> r.get("id").asString()).contains(nordskogen.toString());

        JsonNode draft = ok(api.client().put(per, RESPONSES + "/" + nordskogen + "/answers", answers(
                yesNo(exitsFree, "NO", null),
                answer(drills, "number", 1))));
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("mayAnswer").asBoolean()).isTrue();

        Map<String, Object> withEvidence = yesNo(exitsFree, "YES", null);
        withEvidence.put("comment", "Lageret er ryddet.");
        withEvidence.put("evidence", List.of("https://intranett.fjordvik.kommune.no/hms/bilder/gymsal.jpg"));
        JsonNode changed = ok(api.client().put(per, RESPONSES + "/" + nordskogen + "/answers", answers(withEvidence)));
        JsonNode current = questionIn(changed, exitsFree).get("answer");
        assertThat(current.get("choice").asString()).isEqualTo("YES");
        assertThat(current.get("comment").asString()).isEqualTo("Lageret er ryddet.");
        assertThat(current.get("answeredBy").asString()).isEqualTo(fjordvik.rektorNordskogen);

        JsonNode history = api.get(per, RESPONSES + "/" + nordskogen + "/history");
        assertThat(history).extracting(a -> a.get("questionId").asString() + "=" + a.get("choice").asString(""))
                .containsExactly(exitsFree + "=NO", drills + "=", exitsFree + "=YES");
        assertThatThrownBy(() -> jdbc.sql("update answer set choice = 'NO' where response_id = :id").param("id", nordskogen).update())
                .as("answers are never changed in place").hasMessageContaining("answers are never changed or removed");

        assertProblem(api.client().post(per, RESPONSES + "/" + nordskogen + "/submit", json(Map.of("version", 3))), 422,
                "Er nødlyset kontrollert?")
                .get("errors").forEach(error -> assertThat(error.get("questionId").asString()).isIn(lightChecked.toString(),
                        sickLeave.toString()));

        ok(api.client().put(per, RESPONSES + "/" + nordskogen + "/answers", answers(answer(lightChecked, "checked", true),
                yesNo(sickLeave, "NOT_RELEVANT", "Ingen sykmeldte i mars"))));
        assertProblem(api.client().post(per, RESPONSES + "/" + nordskogen + "/submit", json(Map.of("version", 3))), 409,
                "read it again");
        JsonNode submitted = ok(api.client().post(per, RESPONSES + "/" + nordskogen + "/submit", json(Map.of("version", 4))));
        assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.get("submittedBy").asString()).isEqualTo(fjordvik.rektorNordskogen);

        assertProblem(api.client().put(per, RESPONSES + "/" + nordskogen + "/answers", answers(yesNo(exitsFree, "NO", null))), 409,
                "its answers are final");

        try (var topic = new TopicReader(Infrastructure.endpoints().kafkaBootstrapServers(), Topics.CHECKLISTS)) {
            String key = "response/" + nordskogen;
            topic.awaitRecord(r -> key.equals(r.key()) && ResponseSubmitted.TYPE.equals(TopicReader.header(r, CloudEventHeaders.TYPE)),
                    Duration.ofSeconds(20));
            List<ConsumerRecord<String, byte[]>> ofTheChecklist = topic.recordsSoFar(r -> key.equals(r.key()));
            assertThat(ofTheChecklist).as("one checklist's events in order").extracting(r -> TopicReader.header(r, CloudEventHeaders.TYPE))
                    .containsExactly(AnswersSaved.TYPE, AnswersSaved.TYPE, AnswersSaved.TYPE, ResponseSubmitted.TYPE);
            ConsumerRecord<String, byte[]> defined = topic.awaitRecord(r -> ("template/" + id(template)).equals(r.key()), Duration.ofSeconds(20));
            ConsumerRecord<String, byte[]> given = topic.awaitRecord(r -> ("distribution/" + id(march)).equals(r.key()), Duration.ofSeconds(20));
            assertThat(TopicReader.header(defined, CloudEventHeaders.TYPE)).isEqualTo(ChecklistTemplateChanged.TYPE);
            assertThat(TopicReader.header(given, CloudEventHeaders.TYPE)).isEqualTo(ChecklistDistributed.TYPE);
            List<ConsumerRecord<String, byte[]>> all = new ArrayList<>(List.of(defined, given));
            all.addAll(ofTheChecklist);
            assertThat(all).allSatisfy(r -> {
                assertThat(TopicReader.header(r, CloudEventHeaders.TENANT)).isEqualTo("fjordvik");
                assertThat(EventSchemas.violations(TopicReader.header(r, CloudEventHeaders.TYPE), new String(r.value()))).isEmpty();
            });
            JsonNode distributed = JSON.readTree(all.get(1).value());
            assertThat(distributed.get("units")).hasSize(3);
            JsonNode final_ = JSON.readTree(all.get(5).value());
            assertThat(final_.get("answers")).hasSize(4);
        }
    }

    @Test
    void aLeaderAnswersOnlyTheirOwnUnitAndANamedPersonOnlyTheirs() {
        String ola = aUsername("ola.hansen");
        Map<String, Object> body = aDistribution(id(template), fjordvik.oppvekst, 2027, 3, DEADLINE);
        body.put("targets", List.of(Map.of("unitId", fjordvik.oppvekst.id(), "includeSubtree", true),
                Map.of("unitId", fjordvik.sjobakken.id(), "responsible", ola)));
        JsonNode march = api.distribute(admin, body);
        UUID nordskogen = responseOf(march, fjordvik.nordskogen.id());
        UUID sjobakken = responseOf(march, fjordvik.sjobakken.id());
        assertThat(marchChecklistFor(march, fjordvik.sjobakken.id()).get("answeredBy").asString()).isEqualTo(ola);
        String oneAnswer = answers(yesNo(exitsFree, "YES", null));

        assertProblem(api.client().put(fjordvik.rektorSjobakkenToken(), RESPONSES + "/" + nordskogen + "/answers", oneAnswer), 403,
                "leader of its own unit");
        assertProblem(api.client().get(fjordvik.rektorSjobakkenToken(), RESPONSES + "/" + nordskogen), 403, "outside your part");
        assertProblem(api.client().put(fjordvik.headOfOppvekstToken(), RESPONSES + "/" + nordskogen + "/answers", oneAnswer), 403,
                "leader of its own unit");
        assertThat(api.get(fjordvik.headOfOppvekstToken(), RESPONSES + "/" + nordskogen).get("mayAnswer").asBoolean())
                .as("the sector head reads the school's checklist").isFalse();
        assertProblem(api.client().put(employeeOf(fjordvik.sjobakken, aUsername("kari.ansatt")), RESPONSES + "/" + sjobakken
                + "/answers", oneAnswer), 403, "person named for it");

        JsonNode byOla = ok(api.client().put(employeeOf(fjordvik.sjobakken, ola), RESPONSES + "/" + sjobakken + "/answers", oneAnswer));
        assertThat(questionIn(byOla, exitsFree).get("answer").get("answeredBy").asString()).isEqualTo(ola);
        ok(api.client().put(fjordvik.rektorSjobakkenToken(), RESPONSES + "/" + sjobakken + "/answers", oneAnswer));
        assertThat(api.get(employeeOf(fjordvik.sjobakken, ola), RESPONSES + "/mine"))
                .extracting(r -> r.get("id").asString()).containsExactly(sjobakken.toString());

        String nordlia = TestIssuer.shared().tokenInRealm("nordlia", "nordlia-admin");
        assertProblem(api.client().get(nordlia, RESPONSES + "/" + nordskogen), 404, "No checklist");
        assertProblem(api.client().get(nordlia, DISTRIBUTIONS + "/" + id(march)), 404, "No checklist distribution");
        assertProblem(api.client().get(nordlia, TEMPLATES + "/" + id(template)), 404, "No checklist template");
    }

    @Test
    void aUnitWithoutALeaderIsAnsweredByTheLeaderOfTheNearestUnitAboveThatHasOne() {
        var sfo = treeOf("fjordvik").under(fjordvik.nordskogen, "SFO Nordskogen", null);
        var fritid = treeOf("fjordvik").under(sfo, "Fritidsklubben", null);
        JsonNode march = api.distribute(admin, aDistribution(id(template), fjordvik.nordskogen, 2027, 3, DEADLINE));
        UUID sfoChecklist = responseOf(march, sfo.id());
        UUID fritidChecklist = responseOf(march, fritid.id());
        assertThat(marchChecklistFor(march, fritid.id()).get("answeredBy").asString()).isEqualTo(fjordvik.rektorNordskogen);
        String oneAnswer = answers(yesNo(exitsFree, "YES", null));

        ok(api.client().put(fjordvik.rektorNordskogenToken(), RESPONSES + "/" + sfoChecklist + "/answers", oneAnswer));
        ok(api.client().put(fjordvik.rektorNordskogenToken(), RESPONSES + "/" + fritidChecklist + "/answers", oneAnswer));
        assertThat(api.get(fjordvik.rektorNordskogenToken(), RESPONSES + "/mine")).extracting(r -> r.get("unitId").asString())
                .contains(sfo.id().toString(), fritid.id().toString(), fjordvik.nordskogen.id().toString());
        assertProblem(api.client().put(fjordvik.headOfOppvekstToken(), RESPONSES + "/" + sfoChecklist + "/answers", oneAnswer), 403,
                "leader of its own unit");
        assertProblem(api.client().put(fjordvik.rektorSjobakkenToken(), RESPONSES + "/" + fritidChecklist + "/answers", oneAnswer),
                403, "leader of its own unit");
    }

    @Test
    void nothingIsAnsweredAfterTheDeadlineOrInAPlanYearPlansServiceClosed() throws Exception {
        JsonNode march = api.distribute(admin, aDistribution(id(template), fjordvik.nordskogen, 2027, 3, DEADLINE));
        UUID nordskogen = responseOf(march, fjordvik.nordskogen.id());
        String per = fjordvik.rektorNordskogenToken();
        ok(api.client().put(per, RESPONSES + "/" + nordskogen + "/answers", answers(yesNo(exitsFree, "YES", null))));
        jdbc.sql("update distribution set deadline = current_date - 1 where id = :id").param("id", id(march)).update();
        assertProblem(api.client().put(per, RESPONSES + "/" + nordskogen + "/answers", answers(yesNo(exitsFree, "NO", null))), 409,
                "nothing more is answered in it");
        assertProblem(api.client().post(per, RESPONSES + "/" + nordskogen + "/submit", json(Map.of("version", 2))), 409,
                "nothing more is answered in it");

        int year = 2100 + new Random().nextInt(99);
        JsonNode later = api.distribute(admin, aDistribution(id(template), fjordvik.nordskogen, year, 1, LocalDate.of(year, 1, 31)));
        UUID laterChecklist = responseOf(later, fjordvik.nordskogen.id());
        kafka.send(CloudEventRecords.record(Topics.PLANS, UUID.randomUUID(), PlanYearChanged.TYPE, "fjordvik", "plan-year/" + year,
                JSON.writeValueAsString(new PlanYearChanged(year, "CLOSED", System.currentTimeMillis())))).get();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertProblem(api.client().put(per, RESPONSES + "/" + laterChecklist
                + "/answers", answers(yesNo(exitsFree, "YES", null))), 409, "plan year " + year + " is closed"));
        assertProblem(api.client().post(admin, DISTRIBUTIONS, json(aDistribution(id(template), fjordvik.nordskogen, year, 2,
                LocalDate.of(year, 2, 28)))), 422, "plan year " + year + " is closed");
    }

    @Test
    void answersSavedAtTheSameMomentAreAllKeptAndTheChecklistCountsAsOneDraft() throws Exception {
        JsonNode march = api.distribute(admin, aDistribution(id(template), fjordvik.nordskogen, 2027, 3, DEADLINE));
        UUID nordskogen = responseOf(march, fjordvik.nordskogen.id());
        String per = fjordvik.rektorNordskogenToken();
        int saves = 6;
        var threads = java.util.concurrent.Executors.newFixedThreadPool(saves);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> sent = new ArrayList<>();
            for (int i = 0; i < saves; i++) {
                int drillCount = i;
                sent.add(threads.submit(() -> {
                    start.await();
                    return api.client().put(per, RESPONSES + "/" + nordskogen + "/answers",
                            answers(answer(drills, "number", drillCount))).statusCode();
                }));
            }
            start.countDown();
            for (var response : sent) {
                assertThat(response.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            threads.shutdownNow();
        }
        JsonNode sheet = api.get(per, RESPONSES + "/" + nordskogen);
        assertThat(sheet.get("version").asLong()).isEqualTo(1 + saves);
        assertThat(api.get(per, RESPONSES + "/" + nordskogen + "/history")).hasSize(saves);
        JsonNode counts = api.get(admin, DISTRIBUTIONS + "/" + id(march) + "/overview?unitId=" + fjordvik.nordskogen.id()).get("counts");
        assertThat(counts.get("draft").asLong()).isEqualTo(1);
        assertThat(counts.get("notStarted").asLong()).isZero();
    }

    @Test
    void answersOfTheWrongTypeAreRefusedNamingTheQuestions() {
        JsonNode march = api.distribute(admin, aDistribution(id(template), fjordvik.nordskogen, 2027, 3, DEADLINE));
        UUID nordskogen = responseOf(march, fjordvik.nordskogen.id());
        String per = fjordvik.rektorNordskogenToken();

        JsonNode problem = assertProblem(api.client().put(per, RESPONSES + "/" + nordskogen + "/answers", answers(
                answer(exitsFree, "text", "ja"),
                yesNo(sickLeave, "NOT_RELEVANT", null),
                answer(lightChecked, "checked", true))), 422, "Er rømningsveiene frie?");
        assertThat(problem.get("errors")).extracting(e -> e.get("questionId").asString())
                .containsExactly(exitsFree.toString(), sickLeave.toString());
        assertThat(problem.get("detail").asString()).contains("without a reason");
        assertThat(api.get(per, RESPONSES + "/" + nordskogen + "/history")).as("nothing of a refused request is saved").isEmpty();

        assertProblem(api.client().put(per, RESPONSES + "/" + nordskogen + "/answers",
                "{\"answers\":[{\"questionId\":\"" + drills + "\",\"number\":\"mange\"}]}"), 400, "answers.[0].number");
        assertProblem(api.client().put(per, RESPONSES + "/" + nordskogen + "/answers",
                "{\"answers\":[{\"questionId\":\"" + exitsFree + "\",\"choice\":\"KANSKJE\"}]}"), 400, "choice");
        assertProblem(api.client().put(per, RESPONSES + "/" + nordskogen + "/answers", answers(answer(UUID.randomUUID(), "text", "x"))),
                422, "is not a question of this checklist");
        assertProblem(api.client().put(per, RESPONSES + "/" + UUID.randomUUID() + "/answers", answers(yesNo(exitsFree, "YES", null))),
                404, "No checklist");
    }

    @Test
    void aRevisedTemplateNeverChangesWhatWasGivenOrAnsweredAndALockedChecklistIsNotAnswered() {
        JsonNode march = api.distribute(admin, aDistribution(id(template), fjordvik.nordskogen, 2027, 3, DEADLINE));
        UUID nordskogen = responseOf(march, fjordvik.nordskogen.id());
        String per = fjordvik.rektorNordskogenToken();
        ok(api.client().put(per, RESPONSES + "/" + nordskogen + "/answers", answers(yesNo(exitsFree, "NO", null))));

        Map<String, Object> revision = new LinkedHashMap<>(anHmsTemplate());
        revision.put("version", 1);
        revision.put("categories", List.of(Map.of("title", "Brannvern", "checkpoints", List.of(Map.of("title", "Rømningsveier",
                "questions", List.of(withId(question("Er rømningsveiene frie og merket?", "YES_NO", true), exitsFree),
                        question("Er brannslukkerne kontrollert?", "CHECKBOX", true)))))));
        JsonNode v2 = ok(api.client().put(admin, TEMPLATES + "/" + id(template), json(revision)));
        assertThat(v2.get("version").asInt()).isEqualTo(2);
        assertThat(questionId(v2, "Er rømningsveiene frie og merket?")).isEqualTo(exitsFree);
        assertProblem(api.client().put(admin, TEMPLATES + "/" + id(template), json(revision)), 409, "latest version is 2");

        JsonNode sheet = api.get(per, RESPONSES + "/" + nordskogen);
        assertThat(sheet.get("templateVersion").asInt()).as("the checklist keeps the version it was given with").isEqualTo(1);
        assertThat(questionIn(sheet, exitsFree).get("text").asString()).isEqualTo("Er rømningsveiene frie?");
        assertThat(questionIn(sheet, exitsFree).get("answer").get("choice").asString()).isEqualTo("NO");
        assertThat(questionIn(sheet, drills).get("type").asString()).isEqualTo("NUMBER");
        JsonNode april = api.distribute(admin, aDistribution(id(template), fjordvik.nordskogen, 2027, 4, DEADLINE.plusMonths(1)));
        assertThat(april.get("templateVersion").asInt()).isEqualTo(2);
        assertThat(api.get(admin, TEMPLATES + "/" + id(template) + "/versions/1").get("categories")).hasSize(2);

        assertProblem(api.client().post(per, DISTRIBUTIONS + "/" + id(march) + "/close", json(Map.of("version", 1))), 403,
                "locks it");
        JsonNode closed = ok(api.client().post(admin, DISTRIBUTIONS + "/" + id(march) + "/close", json(Map.of("version", 1))));
        assertThat(closed.get("closed").asBoolean()).isTrue();
        assertProblem(api.client().put(per, RESPONSES + "/" + nordskogen + "/answers", answers(yesNo(exitsFree, "YES", null))), 409,
                "is locked");
        assertProblem(api.client().post(per, RESPONSES + "/" + nordskogen + "/submit", json(Map.of("version", 2))), 409, "is locked");
        try (var topic = new TopicReader(Infrastructure.endpoints().kafkaBootstrapServers(), Topics.CHECKLISTS)) {
            ConsumerRecord<String, byte[]> event = topic.awaitRecord(r -> ("distribution/" + id(march)).equals(r.key())
                    && DistributionClosed.TYPE.equals(TopicReader.header(r, CloudEventHeaders.TYPE)), Duration.ofSeconds(20));
            assertThat(EventSchemas.violations(DistributionClosed.TYPE, new String(event.value()))).isEmpty();
        }
    }

    @Test
    void templatesAreDefinedByAdministratorsAndChecklistsGivenOnlyWithinTheGiversPartOfTheTree() {
        assertProblem(api.client().post(fjordvik.headOfOppvekstToken(), TEMPLATES, json(anHmsTemplate())), 403, "administrators");
        assertProblem(api.client().post(employeeOf(fjordvik.nordskogen, aUsername("ola")), DISTRIBUTIONS,
                json(aDistribution(id(template), fjordvik.nordskogen, 2027, 3, DEADLINE))), 403, "outside your part");
        assertProblem(api.client().post(fjordvik.headOfHelseToken(), DISTRIBUTIONS,
                json(aDistribution(id(template), fjordvik.oppvekst, 2027, 3, DEADLINE))), 403, "Oppvekst og kultur");
        JsonNode toOwnSector = api.distribute(fjordvik.headOfOppvekstToken(),
                aDistribution(id(template), fjordvik.oppvekst, 2027, 3, DEADLINE));
        assertThat(toOwnSector.get("createdBy").asString()).isEqualTo(fjordvik.headOfOppvekst);

        assertProblem(api.client().post(admin, DISTRIBUTIONS, json(aDistribution(id(template), fjordvik.oppvekst, 2027, 13, DEADLINE))),
                400, "period.number");
        assertProblem(api.client().post(admin, DISTRIBUTIONS, json(aDistribution(id(template), fjordvik.oppvekst, 2027, 3,
                LocalDate.of(2020, 1, 1)))), 422, "has passed");
        Map<String, Object> tertial = aDistribution(id(template), fjordvik.oppvekst, 2027, 4, DEADLINE);
        tertial.put("period", Map.of("kind", "TERTIAL", "year", 2027, "number", 4));
        assertProblem(api.client().post(admin, DISTRIBUTIONS, json(tertial)), 422, "numbered 1 to 3");
        Map<String, Object> noQuestions = new LinkedHashMap<>(anHmsTemplate());
        noQuestions.put("categories", List.of(Map.of("title", "Tom", "checkpoints", List.of(Map.of("title", "Tom", "questions", List.of())))));
        assertProblem(api.client().post(admin, TEMPLATES, json(noQuestions)), 400, "categories[0].checkpoints[0].questions");
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    private static Map<String, Object> withId(Map<String, Object> question, UUID id) {
        Map<String, Object> copy = new LinkedHashMap<>(question);
        copy.put("id", id);
        return copy;
    }

    private static JsonNode questionIn(JsonNode sheet, UUID id) {
        for (JsonNode category : sheet.get("categories")) {
            for (JsonNode checkpoint : category.get("checkpoints")) {
                for (JsonNode question : checkpoint.get("questions")) {
                    if (question.get("id").asString().equals(id.toString())) {
                        return question;
                    }
                }
            }
        }
        throw new AssertionError("no question " + id);
    }
}
