package no.virksomhetsplan.plans.agreement.web;

import static no.virksomhetsplan.plans.PlansApi.ISSUER;
import static no.virksomhetsplan.plans.PlansApi.JSON;
import static no.virksomhetsplan.plans.PlansApi.aPersonIn;
import static no.virksomhetsplan.plans.PlansApi.aUsername;
import static no.virksomhetsplan.plans.PlansApi.assertProblem;
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
import no.virksomhetsplan.contracts.plans.LeaderAgreementAcknowledged;
import no.virksomhetsplan.contracts.plans.LeaderAgreementAgreed;
import no.virksomhetsplan.contracts.plans.LeaderAgreementDrafted;
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
 * Leader agreements through the API, in each test's own tree: the sector Oppvekst (kommunalsjef Kari) with Fjordvik
 * skole below it (rektor Per), and the sector Helse beside it. The agreement is Per's, with Kari as his superior.
 */
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LeaderAgreementApiTest {

    private static final String AGREEMENTS = "/api/plans/leader-agreements";

    private final String admin = ISSUER.token("fjordvik-admin");
    private final String kommunedirektor = ISSUER.token("fjordvik-kommunedirektor");

    @LocalServerPort
    int port;
    PlansApi plans;
    ApiClient api;

    int year;
    JsonNode skole;
    JsonNode helse;
    String kariName;
    String kari;
    String perName;
    String per;
    String laerer;
    String helsesjefName;
    String helsesjef;

    @BeforeEach
    void aTreeWithItsLeaders() {
        plans = new PlansApi(port);
        api = plans.client();
        year = plans.aFreshPlanYear(admin);
        UUID top = plans.topUnit(admin);
        JsonNode oppvekst = plans.aUnitUnder(admin, top, "Oppvekst og kultur");
        skole = plans.aUnitUnder(admin, id(oppvekst), "Fjordvik skole");
        helse = plans.aUnitUnder(admin, top, "Helse og velferd");
        kariName = aUsername("kari.sjef");
        kari = aPersonIn(oppvekst, "kommunalsjef", kariName);
        perName = aUsername("per.rektor");
        per = aPersonIn(skole, "virksomhetsleder", perName);
        laerer = aPersonIn(skole, "medarbeider", aUsername("lars.laerer"));
        helsesjefName = aUsername("hanne.helse");
        helsesjef = aPersonIn(helse, "kommunalsjef", helsesjefName);
    }

    @Test
    void theLeaderAndTheSuperiorAgreeAndEachStepIsPublished() {
        JsonNode drafted = draft(kari, perName, kariName);
        String path = AGREEMENTS + "/" + id(drafted);
        assertThat(drafted.get("latest").get("state").asString()).isEqualTo("DRAFT");
        assertThat(drafted.get("party").asString()).isEqualTo("SUPERIOR");

        JsonNode seenByPer = ok(api.get(per, path));
        assertThat(seenByPer.get("party").asString()).isEqualTo("LEADER");
        assertThat(seenByPer.get("mayAcknowledge").asBoolean()).isTrue();
        JsonNode byPer = ok(api.post(per, path + "/acknowledge", "{\"version\":1}"));
        assertThat(byPer.get("latest").get("state").asString()).isEqualTo("DRAFT");
        assertThat(byPer.get("latest").get("leaderAcknowledgement").get("by").asString()).isEqualTo(perName);
        assertThat(byPer.get("latest").get("superiorAcknowledgement").isNull()).isTrue();
        assertThat(byPer.get("mayAcknowledge").asBoolean()).isFalse();

        JsonNode agreed = ok(api.post(kari, path + "/acknowledge", "{\"version\":2}"));

        assertThat(agreed.get("latest").get("state").asString()).isEqualTo("AGREED");
        assertThat(agreed.get("latest").get("superiorAcknowledgement").get("by").asString()).isEqualTo(kariName);
        assertThat(agreed.get("latest").get("agreedAt").isNull()).isFalse();
        assertThat(agreed.get("version").asLong()).isEqualTo(3);
        try (var topic = new TopicReader(Infrastructure.endpoints().kafkaBootstrapServers(), Topics.PLANS)) {
            for (String type : List.of(LeaderAgreementDrafted.TYPE, LeaderAgreementAcknowledged.TYPE, LeaderAgreementAgreed.TYPE)) {
                ConsumerRecord<String, byte[]> event = topic.awaitRecord(r -> id(drafted).toString().equals(r.key())
                        && type.equals(TopicReader.header(r, CloudEventHeaders.TYPE)), Duration.ofSeconds(20));
                assertThat(TopicReader.header(event, CloudEventHeaders.TENANT)).isEqualTo("fjordvik");
                assertThat(EventSchemas.violations(type, new String(event.value()))).as(type).isEmpty();
                assertThat(JSON.readTree(event.value()).get("leaderUsername").asString()).isEqualTo(perName);
            }
        }
    }

    @Test
    void anEditAfterOneAcknowledgementTakesItBackAndAnAgreedRevisionIsKept() {
        String path = AGREEMENTS + "/" + id(draft(kari, perName, kariName));
        ok(api.post(per, path + "/acknowledge", "{\"version\":1}"));

        JsonNode edited = ok(api.put(kari, path, change(2, "Trivsel minst 92 %")));

        assertThat(edited.get("latest").get("leaderAcknowledgement").isNull()).isTrue();
        assertThat(edited.get("latest").get("revision").asInt()).isEqualTo(1);
        assertThat(ok(api.post(kari, path + "/acknowledge", "{\"version\":3}")).get("latest").get("state").asString())
                .isEqualTo("DRAFT");
        assertThat(ok(api.post(per, path + "/acknowledge", "{\"version\":4}")).get("latest").get("state").asString())
                .isEqualTo("AGREED");

        JsonNode renegotiated = ok(api.put(per, path, change(5, "Nye prioriteringer etter høstsamtalen")));
        assertThat(renegotiated.get("latest").get("revision").asInt()).isEqualTo(2);
        assertThat(renegotiated.get("latest").get("state").asString()).isEqualTo("DRAFT");
        assertThat(ok(api.get(kari, path + "/revisions")).valueStream().map(r -> r.get("state").asString()).toList())
                .containsExactly("AGREED", "DRAFT");
        JsonNode first = ok(api.get(kari, path + "/revisions/1"));
        assertThat(first.get("sections").get("goalsAndPriorities").asString()).isEqualTo("Trivsel minst 92 %");
        assertProblem(api.get(kari, path + "/revisions/3"), 404, "no revision 3");
    }

    @Test
    void onlyTheTwoPartiesAcknowledgeAndOnlyWhileTheyHoldTheirPosition() {
        String path = AGREEMENTS + "/" + id(draft(kari, perName, kariName)) + "/acknowledge";

        for (String someoneElse : List.of(laerer, kommunedirektor, admin, helsesjef)) {
            assertProblem(api.post(someoneElse, path, "{\"version\":1}"), 403,
                    "Only the two parties, " + perName + " (the leader) and " + kariName + " (the superior)");
        }
        String perAsEmployee = aPersonIn(skole, "medarbeider", perName);
        assertProblem(api.post(perAsEmployee, path, "{\"version\":1}"), 403,
                "named as the leader in this agreement, but you are not the leader of Fjordvik skole");
        assertProblem(api.post(ISSUER.token("nordlia-admin"), path, "{\"version\":1}"), 404, "No such leader agreement");

        String withWrongSuperior = AGREEMENTS + "/" + id(draft(kari, aUsername("vikar.rektor"), helsesjefName.toUpperCase())) + "/acknowledge";
        assertProblem(api.post(helsesjef, withWrongSuperior, "{\"version\":1}"), 403,
                "named as the superior in this agreement, but you do not lead a unit above Fjordvik skole");
    }

    @Test
    void theAgreementIsReadByItsPartiesAndTheLeadersAboveOnly() {
        JsonNode agreement = draft(kari, perName, kariName);
        String path = AGREEMENTS + "/" + id(agreement);

        assertThat(ok(api.get(kommunedirektor, path)).get("mayEdit").asBoolean()).isTrue();
        assertProblem(api.get(laerer, path), 403, "read by its two parties and the leaders above the unit only");
        assertProblem(api.get(helsesjef, path), 403, "read by its two parties and the leaders above the unit only");
        assertProblem(api.get(ISSUER.token("nordlia-admin"), path), 404, "No such leader agreement");
        assertThat(ids(api.get(per, AGREEMENTS + "?year=" + year))).containsExactly(id(agreement).toString());
        assertThat(ids(api.get(kari, AGREEMENTS + "?year=" + year))).containsExactly(id(agreement).toString());
        assertThat(ids(api.get(kommunedirektor, AGREEMENTS + "?year=" + year))).contains(id(agreement).toString());
        assertThat(ids(api.get(laerer, AGREEMENTS + "?year=" + year))).isEmpty();
        assertThat(ids(api.get(helsesjef, AGREEMENTS + "?year=" + year))).isEmpty();
        assertProblem(api.post(helsesjef, AGREEMENTS, body(perName, helsesjefName)), 403, "outside your part of the organisation");
        assertProblem(api.put(helsesjef, path, change(1, "Kapret")), 403, "outside your part of the organisation");
    }

    @Test
    void badInputIsRefusedNamingTheProblem() {
        HttpResponse<String> empty = api.post(kari, AGREEMENTS, "{}");
        assertProblem(empty, 400, "invalid fields");
        assertThat(empty.body()).contains("\"field\":\"year\"", "\"field\":\"unitId\"", "\"field\":\"leaderUsername\"",
                "\"field\":\"superiorUsername\"");
        assertProblem(api.post(kari, AGREEMENTS, body(perName, perName.toUpperCase())), 422, "two different people");

        String path = AGREEMENTS + "/" + id(draft(kari, perName, kariName));
        assertProblem(api.post(kari, AGREEMENTS, body(perName, kariName)), 409,
                perName + " already has a leader agreement for this unit for " + year);
        assertProblem(api.post(per, path + "/acknowledge", "{\"version\":7}"), 409, "changed by someone else");
        assertProblem(api.put(kari, path, "{\"version\":1}"), 400, "sections");

        String nothingYet = AGREEMENTS + "/" + id(created(api.post(kari, AGREEMENTS, JSON.writeValueAsString(Map.of(
                "year", year, "unitId", id(skole), "leaderUsername", aUsername("ny.rektor"), "superiorUsername", kariName)))));
        assertProblem(api.post(kari, nothingYet + "/acknowledge", "{\"version\":1}"), 422, "no content");
    }

    @Test
    void aClosedYearIsReadOnly() {
        String path = AGREEMENTS + "/" + id(draft(kari, perName, kariName));

        plans.close(admin, year);

        assertProblem(api.post(per, path + "/acknowledge", "{\"version\":1}"), 422, "The plan year " + year + " is closed");
        assertProblem(api.put(kari, path, change(1, "For sent")), 422, "is closed");
        assertProblem(api.post(kari, AGREEMENTS, body(aUsername("ny.rektor"), kariName)), 422, "is closed");
        assertThat(ok(api.get(per, path)).get("latest").get("state").asString()).isEqualTo("DRAFT");
    }

    @Test
    void whenBothEditAtOnceOneGetsAConflictAndNothingIsLost() {
        String path = AGREEMENTS + "/" + id(draft(kari, perName, kariName));

        List<HttpResponse<String>> responses = atOnce(4, i -> api.put(i % 2 == 0 ? kari : per, path, change(1, "Utkast " + i)));

        List<HttpResponse<String>> won = responses.stream().filter(r -> r.statusCode() == 200).toList();
        assertThat(won).hasSize(1);
        assertThat(responses).filteredOn(r -> r.statusCode() != 200).allSatisfy(r -> assertProblem(r, 409, "changed by someone else"));
        JsonNode now = ok(api.get(per, path));
        assertThat(now.get("version").asLong()).isEqualTo(2);
        assertThat(now.get("latest").get("sections").get("goalsAndPriorities").asString())
                .isEqualTo(JSON.readTree(won.get(0).body()).get("latest").get("sections").get("goalsAndPriorities").asString());
    }

    private JsonNode draft(String token, String leader, String superior) {
        return created(api.post(token, AGREEMENTS, body(leader, superior)));
    }

    private String body(String leader, String superior) {
        Map<String, Object> body = new HashMap<>();
        body.put("year", year);
        body.put("unitId", id(skole));
        body.put("leaderUsername", leader);
        body.put("superiorUsername", superior);
        body.put("sections", sections("Trivsel minst 90 %"));
        return JSON.writeValueAsString(body);
    }

    private static String change(long version, String goals) {
        return JSON.writeValueAsString(Map.of("version", version, "sections", sections(goals)));
    }

    private static Map<String, Object> sections(String goals) {
        return Map.of("goalsAndPriorities", goals, "development", "Rektorskolen.", "expectations", "Månedlige samtaler.");
    }

    private static List<String> ids(HttpResponse<String> response) {
        return ok(response).valueStream().map(agreement -> agreement.get("id").asString()).toList();
    }
}
