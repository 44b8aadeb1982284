package no.virksomhetsplan.plans.letter.web;

import static no.virksomhetsplan.plans.PlansApi.ISSUER;
import static no.virksomhetsplan.plans.PlansApi.JSON;
import static no.virksomhetsplan.plans.PlansApi.aPersonIn;
import static no.virksomhetsplan.plans.PlansApi.assertProblem;
import static no.virksomhetsplan.plans.PlansApi.aUsername;
import static no.virksomhetsplan.plans.PlansApi.atOnce;
import static no.virksomhetsplan.plans.PlansApi.created;
import static no.virksomhetsplan.plans.PlansApi.id;
import static no.virksomhetsplan.plans.PlansApi.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.contracts.CloudEventHeaders;
import no.virksomhetsplan.contracts.EventSchemas;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.plans.AssignmentLetterAcknowledged;
import no.virksomhetsplan.contracts.plans.AssignmentLetterDrafted;
import no.virksomhetsplan.contracts.plans.AssignmentLetterSent;
import no.virksomhetsplan.plans.PlansApi;
import no.virksomhetsplan.testsupport.ApiClient;
import no.virksomhetsplan.testsupport.Infrastructure;
import no.virksomhetsplan.testsupport.RealInfrastructure;
import no.virksomhetsplan.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Assignment letters through the API, in a small tree of each test's own: the municipality's top, the sector
 * Oppvekst with Fjordvik skole below it, and the sector Helse beside it, each with its leader.
 */
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssignmentLetterApiTest {

    private static final String LETTERS = "/api/plans/letters";

    private final String admin = ISSUER.token("fjordvik-admin");
    private final String kommunedirektor = ISSUER.token("fjordvik-kommunedirektor");

    @LocalServerPort
    int port;
    PlansApi plans;
    ApiClient api;

    int year;
    UUID top;
    JsonNode oppvekst;
    JsonNode skole;
    JsonNode helse;
    String kommunalsjefName;
    String kommunalsjef;
    String rektorName;
    String rektor;
    String laerer;
    String helsesjef;

    @BeforeEach
    void aTreeWithItsLeaders() {
        plans = new PlansApi(port);
        api = plans.client();
        year = plans.aFreshPlanYear(admin);
        top = plans.topUnit(admin);
        oppvekst = plans.aUnitUnder(admin, top, "Oppvekst og kultur");
        skole = plans.aUnitUnder(admin, id(oppvekst), "Fjordvik skole");
        helse = plans.aUnitUnder(admin, top, "Helse og velferd");
        kommunalsjefName = aUsername("kari.sjef");
        kommunalsjef = aPersonIn(oppvekst, "kommunalsjef", kommunalsjefName);
        rektorName = aUsername("per.rektor");
        rektor = aPersonIn(skole, "virksomhetsleder", rektorName);
        laerer = aPersonIn(skole, "medarbeider", aUsername("lars.laerer"));
        helsesjef = aPersonIn(helse, "kommunalsjef", aUsername("hanne.helse"));
    }

    @Test
    void lettersGoDownTheTreeAndEachRecipientAcknowledgesAndEveryStepIsPublished() {
        JsonNode toSector = write(kommunedirektor, top, id(oppvekst), "Oppdragsbrev " + year + " – Oppvekst og kultur");
        assertThat(toSector.get("latest").get("state").asString()).isEqualTo("DRAFT");
        assertThat(toSector.get("latest").get("revision").asInt()).isEqualTo(1);
        assertThat(toSector.get("mayEdit").asBoolean()).isTrue();
        String letter = LETTERS + "/" + id(toSector);

        assertProblem(api.get(kommunalsjef, letter), 404, "No such assignment letter");
        assertThat(titles(api.get(kommunalsjef, LETTERS + "?year=" + year))).isEmpty();

        JsonNode sent = ok(api.post(kommunedirektor, letter + "/send", "{\"version\":1}"));
        assertThat(sent.get("latest").get("state").asString()).isEqualTo("SENT");
        assertThat(sent.get("latest").get("sentBy").asString()).isEqualTo("ingrid.fjeld");

        JsonNode received = ok(api.get(kommunalsjef, letter));
        assertThat(received.get("mayAcknowledge").asBoolean()).isTrue();
        assertThat(received.get("mayEdit").asBoolean()).isFalse();
        assertThat(received.get("latest").get("sections").get("budgetFrame").decimalValue()).isEqualByComparingTo("412500000.00");
        JsonNode acknowledged = ok(api.post(kommunalsjef, letter + "/acknowledge", "{\"revision\":1}"));
        assertThat(acknowledged.get("latest").get("state").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(acknowledged.get("latest").get("acknowledgedBy").asString()).isEqualTo(kommunalsjefName);
        assertThat(acknowledged.get("mayAcknowledge").asBoolean()).isFalse();

        JsonNode toSchool = write(kommunalsjef, id(oppvekst), id(skole), "Oppdragsbrev " + year + " – Fjordvik skole");
        ok(api.post(kommunalsjef, LETTERS + "/" + id(toSchool) + "/send", "{\"version\":1}"));
        ok(api.post(rektor, LETTERS + "/" + id(toSchool) + "/acknowledge", "{\"revision\":1}"));

        assertThat(titles(api.get(laerer, LETTERS + "?year=" + year)))
                .containsExactlyInAnyOrder("Oppdragsbrev " + year + " – Oppvekst og kultur", "Oppdragsbrev " + year + " – Fjordvik skole");
        assertThat(titles(api.get(kommunalsjef, LETTERS + "?year=" + year + "&fromUnitId=" + id(oppvekst))))
                .containsExactly("Oppdragsbrev " + year + " – Fjordvik skole");
        assertThat(titles(api.get(helsesjef, LETTERS + "?year=" + year))).isEmpty();

        try (var topic = new TopicReader(Infrastructure.endpoints().kafkaBootstrapServers(), Topics.PLANS)) {
            for (String type : List.of(AssignmentLetterDrafted.TYPE, AssignmentLetterSent.TYPE, AssignmentLetterAcknowledged.TYPE)) {
                ConsumerRecord<String, byte[]> event = topic.awaitRecord(r -> id(toSector).toString().equals(r.key())
                        && type.equals(TopicReader.header(r, CloudEventHeaders.TYPE)), Duration.ofSeconds(20));
                assertThat(TopicReader.header(event, CloudEventHeaders.TENANT)).isEqualTo("fjordvik");
                assertThat(EventSchemas.violations(type, new String(event.value()))).as(type).isEmpty();
                assertThat(JSON.readTree(event.value()).get("toUnitId").asString()).isEqualTo(id(oppvekst).toString());
            }
        }
    }

    @Test
    void changingASentLetterMakesANewRevisionWhileTheRecipientKeepsReadingTheSentOne() {
        JsonNode letter = write(kommunalsjef, id(oppvekst), id(skole), "Oppdragsbrev, første versjon");
        String path = LETTERS + "/" + id(letter);
        ok(api.post(kommunalsjef, path + "/send", "{\"version\":1}"));

        JsonNode revised = ok(api.put(kommunalsjef, path, letterChange(2, "Oppdragsbrev, andre versjon")));

        assertThat(revised.get("latest").get("revision").asInt()).isEqualTo(2);
        assertThat(revised.get("latest").get("state").asString()).isEqualTo("DRAFT");
        assertThat(revised.get("version").asLong()).isEqualTo(3);
        JsonNode readByRektor = ok(api.get(rektor, path));
        assertThat(readByRektor.get("latest").get("revision").asInt()).isEqualTo(1);
        assertThat(readByRektor.get("latest").get("title").asString()).isEqualTo("Oppdragsbrev, første versjon");
        assertThat(revisionNumbers(api.get(rektor, path + "/revisions"))).containsExactly(1);
        assertThat(revisionNumbers(api.get(kommunalsjef, path + "/revisions"))).containsExactly(1, 2);
        assertProblem(api.get(rektor, path + "/revisions/2"), 404, "no revision 2");

        ok(api.post(kommunalsjef, path + "/send", "{\"version\":3}"));
        assertProblem(api.post(rektor, path + "/acknowledge", "{\"revision\":1}"), 409, "replaced by revision 2");
        ok(api.post(rektor, path + "/acknowledge", "{\"revision\":2}"));
        JsonNode third = ok(api.put(kommunalsjef, path, letterChange(5, "Oppdragsbrev, tredje versjon")));

        assertThat(third.get("latest").get("revision").asInt()).isEqualTo(3);
        JsonNode first = ok(api.get(rektor, path + "/revisions/1"));
        assertThat(first.get("title").asString()).isEqualTo("Oppdragsbrev, første versjon");
        assertThat(first.get("state").asString()).isEqualTo("SENT");
        assertThat(ok(api.get(rektor, path + "/revisions/2")).get("state").asString()).isEqualTo("ACKNOWLEDGED");
    }

    @Test
    void onlyTheLeaderOfTheReceivingUnitAcknowledges() {
        JsonNode letter = write(kommunalsjef, id(oppvekst), id(skole), "Oppdragsbrev til skolen");
        String acknowledge = LETTERS + "/" + id(letter) + "/acknowledge";
        ok(api.post(kommunalsjef, LETTERS + "/" + id(letter) + "/send", "{\"version\":1}"));

        assertProblem(api.post(laerer, acknowledge, "{\"revision\":1}"), 403, "Only the leader of Fjordvik skole");
        assertProblem(api.post(kommunalsjef, acknowledge, "{\"revision\":1}"), 403, "Only the leader of Fjordvik skole");
        assertProblem(api.post(helsesjef, acknowledge, "{\"revision\":1}"), 403, "Only the leader of Fjordvik skole");
        assertProblem(api.post(kommunedirektor, acknowledge, "{\"revision\":1}"), 403, "Only the leader of Fjordvik skole");
        assertProblem(api.post(ISSUER.token("nordlia-admin"), acknowledge, "{\"revision\":1}"), 404, "No such assignment letter");

        assertThat(ok(api.post(rektor, acknowledge, "{\"revision\":1}")).get("latest").get("acknowledgedBy").asString())
                .isEqualTo(rektorName);
    }

    @Test
    void aLeaderWritesOnlyFromTheirOwnPartOfTheTreeDownwards() {
        assertProblem(api.post(helsesjef, LETTERS, letterBody(id(oppvekst), id(skole), "Fra feil sektor")), 403,
                "outside your part of the organisation");
        assertProblem(api.post(kommunalsjef, LETTERS, letterBody(id(oppvekst), id(helse), "Sidelengs")), 422,
                "Helse og velferd is not below Oppvekst og kultur");
        assertProblem(api.post(kommunalsjef, LETTERS, letterBody(id(oppvekst), top, "Oppover")), 422, "is not below");
        assertProblem(api.post(laerer, LETTERS, letterBody(id(skole), id(oppvekst), "Fra en medarbeider")), 403,
                "outside your part of the organisation");
        assertProblem(api.post(kommunalsjef, LETTERS, letterBody(id(oppvekst), UUID.randomUUID(), "Til ingen")), 404,
                "receiving unit does not exist");

        JsonNode letter = write(kommunalsjef, id(oppvekst), id(skole), "Bare for Oppvekst");
        String path = LETTERS + "/" + id(letter);
        assertProblem(api.get(helsesjef, path), 404, "No such assignment letter");
        ok(api.post(kommunalsjef, path + "/send", "{\"version\":1}"));

        assertProblem(api.get(helsesjef, path), 403, "neither from a unit you lead nor addressed to your part");
        assertProblem(api.put(helsesjef, path, letterChange(2, "Kapret")), 403, "outside your part of the organisation");
        assertProblem(api.post(rektor, path + "/send", "{\"version\":2}"), 403, "outside your part of the organisation");
        assertProblem(api.get(ISSUER.token("nordlia-admin"), path), 404, "No such assignment letter");
        assertThat(api.get(ISSUER.token("nordlia-admin"), LETTERS + "?year=" + year).body()).doesNotContain(id(letter).toString());
        assertThat(ok(api.get(admin, path)).get("mayEdit").asBoolean()).isTrue();
    }

    @Test
    void badInputIsRefusedNamingTheProblem() {
        HttpResponse<String> empty = api.post(kommunalsjef, LETTERS, "{}");
        assertProblem(empty, 400, "invalid fields");
        assertThat(empty.body()).contains("\"field\":\"year\"", "\"field\":\"fromUnitId\"", "\"field\":\"toUnitId\"",
                "\"field\":\"title\"");
        Map<String, Object> tooPrecise = letterMap(id(oppvekst), id(skole), "Ørekroner");
        tooPrecise.put("sections", Map.of("budgetFrame", -1.005));
        assertThat(api.post(kommunalsjef, LETTERS, JSON.writeValueAsString(tooPrecise)).body())
                .contains("\"field\":\"sections.budgetFrame\"");
        Map<String, Object> badGoal = letterMap(id(oppvekst), id(skole), "Mål");
        badGoal.put("goalIds", List.of("not-a-uuid"));
        assertThat(api.post(kommunalsjef, LETTERS, JSON.writeValueAsString(badGoal)).body()).contains("goalIds");
        assertProblem(api.put(kommunalsjef, LETTERS + "/" + UUID.randomUUID(), "{\"title\":\"Uten versjon\"}"), 400,
                "version");

        JsonNode draft = write(kommunalsjef, id(oppvekst), id(skole), "Utkast");
        assertProblem(api.post(rektor, LETTERS + "/" + id(draft) + "/acknowledge", "{\"revision\":1}"), 422,
                "a draft cannot be acknowledged");
        assertProblem(api.post(kommunalsjef, LETTERS, letterBody(id(oppvekst), id(skole), "Ett brev til")), 409,
                "already has an assignment letter to this unit for " + year);
        JsonNode titleOnly = created(api.post(kommunedirektor, LETTERS, JSON.writeValueAsString(
                Map.of("year", year, "fromUnitId", top, "toUnitId", id(helse), "title", "Bare tittel"))));
        assertProblem(api.post(kommunedirektor, LETTERS + "/" + id(titleOnly) + "/send", "{\"version\":1}"), 422, "no content");
        Map<String, Object> unopenedYear = letterMap(id(oppvekst), id(skole), "For tidlig");
        unopenedYear.put("year", 2000);
        assertProblem(api.post(kommunalsjef, LETTERS, JSON.writeValueAsString(unopenedYear)), 422,
                "The plan year 2000 has not been opened");
    }

    @Test
    void aClosedYearIsReadOnly() {
        JsonNode letter = write(kommunalsjef, id(oppvekst), id(skole), "Brev i et år som lukkes");
        String path = LETTERS + "/" + id(letter);
        ok(api.post(kommunalsjef, path + "/send", "{\"version\":1}"));

        plans.close(admin, year);

        assertProblem(api.put(kommunalsjef, path, letterChange(2, "For sent")), 422, "The plan year " + year + " is closed");
        assertProblem(api.post(rektor, path + "/acknowledge", "{\"revision\":1}"), 422, "is closed");
        assertProblem(api.post(kommunedirektor, LETTERS, letterBody(top, id(helse), "Nytt brev")), 422, "is closed");
        assertThat(ok(api.get(rektor, path)).get("latest").get("state").asString()).isEqualTo("SENT");
    }

    @Test
    void whenTwoLeadersEditTheSameLetterTheSecondGetsAConflictAndNothingIsLost() {
        JsonNode letter = write(kommunalsjef, id(oppvekst), id(skole), "Oppdragsbrev");
        String path = LETTERS + "/" + id(letter);

        JsonNode first = ok(api.put(kommunalsjef, path, letterChange(1, "Kommunalsjefens tekst")));
        assertProblem(api.put(kommunedirektor, path, letterChange(1, "Kommunedirektørens tekst")), 409,
                "changed by someone else");
        assertProblem(api.post(kommunedirektor, path + "/send", "{\"version\":1}"), 409, "changed by someone else");
        assertThat(ok(api.get(kommunedirektor, path)).get("latest").get("title").asString()).isEqualTo("Kommunalsjefens tekst");

        long version = first.get("version").asLong();
        List<HttpResponse<String>> responses = atOnce(6, i ->
                api.put(i % 2 == 0 ? kommunalsjef : kommunedirektor, path, letterChange(version, "Samtidig " + i)));

        List<HttpResponse<String>> won = responses.stream().filter(r -> r.statusCode() == 200).toList();
        assertThat(won).hasSize(1);
        assertThat(responses).filteredOn(r -> r.statusCode() != 200).allSatisfy(r -> assertProblem(r, 409, "changed by someone else"));
        JsonNode now = ok(api.get(kommunalsjef, path));
        assertThat(now.get("version").asLong()).isEqualTo(version + 1);
        assertThat(now.get("latest").get("title").asString()).isEqualTo(JSON.readTree(won.get(0).body()).get("latest").get("title").asString());
    }

    private JsonNode write(String token, UUID from, UUID to, String title) {
        JsonNode letter = created(api.post(token, LETTERS, letterBody(from, to, title)));
        assertThat(letter.get("version").asLong()).isEqualTo(1);
        return letter;
    }

    private String letterBody(UUID from, UUID to, String title) {
        return JSON.writeValueAsString(letterMap(from, to, title));
    }

    private Map<String, Object> letterMap(UUID from, UUID to, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("year", year);
        body.put("fromUnitId", from);
        body.put("toUnitId", to);
        body.put("title", title);
        body.put("sections", sections());
        body.put("goalIds", List.of(UUID.randomUUID()));
        return body;
    }

    private static String letterChange(long version, String title) {
        return JSON.writeValueAsString(Map.of("version", version, "title", title, "sections", sections()));
    }

    private static Map<String, Object> sections() {
        return Map.of(
                "guidance", "Virksomheten styres etter handlings- og økonomiplanen.",
                "focusAreas", "Gode oppvekstvilkår; lavere sykefravær.",
                "frames", "Netto driftsramme etter vedtatt budsjett.",
                "budgetFrame", 412500000,
                "routines", "Tertialrapport per 30. april og 31. august.",
                "internalControl", "Månedlig HMS-sjekkliste.");
    }

    private static List<String> titles(HttpResponse<String> response) {
        return ok(response).valueStream().map(letter -> letter.get("latest").get("title").asString()).toList();
    }

    private static List<Integer> revisionNumbers(HttpResponse<String> response) {
        return ok(response).valueStream().map(revision -> revision.get("revision").asInt()).toList();
    }
}
