package no.virksomhetsplan.plans.goal.web;

import static no.virksomhetsplan.plans.PlansApi.ISSUER;
import static no.virksomhetsplan.plans.PlansApi.JSON;
import static no.virksomhetsplan.plans.goal.GoalsApi.GOALS;
import static no.virksomhetsplan.plans.goal.GoalsApi.employeeOf;
import static no.virksomhetsplan.plans.goal.GoalsApi.goal;
import static no.virksomhetsplan.plans.goal.GoalsApi.headOf;
import static no.virksomhetsplan.plans.goal.GoalsApi.id;
import static no.virksomhetsplan.plans.goal.GoalsApi.indicator;
import static no.virksomhetsplan.plans.goal.GoalsApi.leaderOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.virksomhetsplan.contracts.CloudEventHeaders;
import no.virksomhetsplan.contracts.EventSchemas;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.plans.GoalCreated;
import no.virksomhetsplan.contracts.plans.GoalUpdated;
import no.virksomhetsplan.plans.PlansApi;
import no.virksomhetsplan.plans.goal.GoalsApi;
import no.virksomhetsplan.plans.goal.GoalsApi.GoalBody;
import no.virksomhetsplan.plans.planyear.domain.PlanYear;
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

@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GoalApiTest {

    private final String admin = ISSUER.token("fjordvik-admin");
    private final String kommunedirektor = ISSUER.token("fjordvik-kommunedirektor");

    @LocalServerPort
    int port;
    PlansApi plans;
    GoalsApi goals;
    ApiClient api;

    /** Goals of the tests cover this open year, so no test depends on which years other tests have closed. */
    int year;
    int later;
    int kommuneplanFrom;
    int kommuneplanTo;
    UUID top;
    JsonNode oppvekst;
    JsonNode skole;
    JsonNode helse;

    @BeforeEach
    void aFreshPartOfTheTree() {
        plans = new PlansApi(port);
        goals = new GoalsApi(plans);
        api = plans.client();
        year = goals.anOpenPlanYear(admin);
        later = Math.min(year + 3, PlanYear.LAST_YEAR);
        kommuneplanFrom = Math.max(year - 3, PlanYear.FIRST_YEAR);
        kommuneplanTo = Math.min(year + 9, PlanYear.LAST_YEAR);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        top = plans.topUnit(admin);
        oppvekst = plans.aUnitUnder(admin, top, "Oppvekst og kultur " + suffix);
        skole = plans.aUnitUnder(admin, id(oppvekst), "Fjordvik skole " + suffix);
        helse = plans.aUnitUnder(admin, top, "Helse og velferd " + suffix);
    }

    @Test
    void goalsFormAHierarchyFromTheKommuneplanDownAndEveryChangeIsPublishedWhole() {
        JsonNode kommuneplanGoal = goals.aGoal(kommunedirektor, goal("Gode oppvekstvilkår", "KOMMUNEPLAN", kommuneplanFrom, kommuneplanTo));
        assertThat(kommuneplanGoal.get("ownerUnitId").asString()).isEqualTo(top.toString());

        JsonNode hopGoal = goals.aGoal(headOf(oppvekst), goal("Elevene trives på skolen", "HOP", year, later)
                .with("parentId", id(kommuneplanGoal))
                .withIndicators(indicator("Andel elever som trives", 90, "HIGHER_IS_BETTER", 85),
                        indicator("Saker om mobbing", 0, "LOWER_IS_BETTER", 3)));

        assertThat(hopGoal.get("ownerUnitId").asString()).as("a leader's goal belongs to their own unit")
                .isEqualTo(id(oppvekst).toString());
        assertThat(hopGoal.get("parentId").asString()).isEqualTo(id(kommuneplanGoal).toString());
        assertThat(hopGoal.get("source").get("kind").asString()).isEqualTo("HOP");
        assertThat(hopGoal.get("version").asLong()).isEqualTo(1);
        assertThat(goals.ok(api.get(headOf(oppvekst), GOALS + "/" + id(hopGoal)))).isEqualTo(hopGoal);

        JsonNode trivsel = hopGoal.get("indicators").get(0);
        GoalBody edit = goal("Elevene trives på skolen", "HOP", year, later).with("version", 1)
                .with("parentId", id(kommuneplanGoal))
                .withIndicators(Map.of("id", trivsel.get("id").asString(), "name", "Andel elever som trives", "unitOfMeasure", "%",
                        "targetValue", 92.5, "direction", "HIGHER_IS_BETTER", "yellowLimit", 88, "indicatorKey", "elevundersokelsen-trivsel"));
        JsonNode revised = goals.ok(api.put(headOf(oppvekst), GOALS + "/" + id(hopGoal), edit.json()));

        assertThat(revised.get("version").asLong()).isEqualTo(2);
        assertThat(revised.get("indicators")).hasSize(1);
        assertThat(revised.get("indicators").get(0).get("id")).as("an indicator keeps its id across edits").isEqualTo(trivsel.get("id"));
        assertThat(revised.get("indicators").get(0).get("targetValue").decimalValue()).isEqualByComparingTo("92.5");

        try (var topic = new TopicReader(Infrastructure.endpoints().kafkaBootstrapServers(), Topics.PLANS)) {
            ConsumerRecord<String, byte[]> created = topic.awaitRecord(r -> ("goal/" + id(hopGoal)).equals(r.key())
                    && GoalCreated.TYPE.equals(TopicReader.header(r, CloudEventHeaders.TYPE)), Duration.ofSeconds(20));
            assertThat(TopicReader.header(created, CloudEventHeaders.TENANT)).isEqualTo("fjordvik");
            assertThat(EventSchemas.violations(GoalCreated.TYPE, new String(created.value()))).isEmpty();
            assertThat(JSON.readTree(created.value()).get("indicators")).hasSize(2);

            ConsumerRecord<String, byte[]> updated = topic.awaitRecord(r -> ("goal/" + id(hopGoal)).equals(r.key())
                    && GoalUpdated.TYPE.equals(TopicReader.header(r, CloudEventHeaders.TYPE)), Duration.ofSeconds(20));
            assertThat(EventSchemas.violations(GoalUpdated.TYPE, new String(updated.value()))).isEmpty();
            JsonNode data = JSON.readTree(updated.value());
            assertThat(data.get("version").asLong()).isEqualTo(2);
            assertThat(data.get("parentId").asString()).isEqualTo(id(kommuneplanGoal).toString());
            assertThat(data.get("indicators").get(0).get("indicatorId")).isEqualTo(trivsel.get("id"));
            assertThat(data.get("indicators").get(0).get("indicatorKey").asString()).isEqualTo("elevundersokelsen-trivsel");

            ConsumerRecord<String, byte[]> kommuneplan = topic.awaitRecord(r -> ("goal/" + id(kommuneplanGoal)).equals(r.key()),
                    Duration.ofSeconds(20));
            assertThat(EventSchemas.violations(GoalCreated.TYPE, new String(kommuneplan.value()))).isEmpty();
            assertThat(JSON.readTree(kommuneplan.value()).get("source").get("date").asString()).isEqualTo("2024-03-14");
        }
    }

    @Test
    void ofTwoLeadersEditingTheSameGoalTheSecondIsRefusedAndNothingIsLost() {
        JsonNode goal = goals.aGoal(headOf(oppvekst), goal("Trygt skolemiljø", "HOP", year, later));
        String path = GOALS + "/" + id(goal);

        HttpResponse<String> first = api.put(headOf(oppvekst), path, goal("Trygt og godt skolemiljø", "HOP", year, later)
                .with("version", 1).json());
        HttpResponse<String> second = api.put(kommunedirektor, path, goal("Trygt skolemiljø for alle", "HOP", year, later)
                .with("version", 1).json());

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(second.body()).contains("changed by someone else", "version 1", "version 2");
        JsonNode now = goals.ok(api.get(admin, path));
        assertThat(now.get("title").asString()).isEqualTo("Trygt og godt skolemiljø");
        assertThat(now.get("version").asLong()).isEqualTo(2);
    }

    @Test
    void ofManyEditsOfTheSameVersionSentAtOnceExactlyOneWins() throws Exception {
        JsonNode goal = goals.aGoal(headOf(oppvekst), goal("Flere lærere med videreutdanning", "HOP", year, later));
        String path = GOALS + "/" + id(goal);
        int editors = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> responses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        try {
            for (int i = 0; i < editors; i++) {
                String body = goal("Videreutdanning, versjon " + i, "HOP", year, later).with("version", 1).json();
                responses.add(pool.submit(() -> {
                    start.await();
                    return api.put(kommunedirektor, path, body);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> response : responses) {
                statuses.add(response.get().statusCode());
            }
            assertThat(statuses).containsOnly(200, 409).filteredOn(status -> status == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(goals.ok(api.get(admin, path)).get("version").asLong()).isEqualTo(2);
    }

    @Test
    void aParentGoalMustExistInTheSameMunicipality() {
        HttpResponse<String> unknownParent = api.post(kommunedirektor, GOALS,
                goal("Foreldreløst", "HOP", year, later).with("ownerUnitId", id(oppvekst)).with("parentId", UUID.randomUUID()).json());
        UUID nordliaTop = plans.topUnit(ISSUER.token("nordlia-admin"));
        JsonNode nordliaGoal = goals.aGoal(ISSUER.token("nordlia-admin"), goal("Gode oppvekstvilkår i Nordlia", "KOMMUNEPLAN", kommuneplanFrom, kommuneplanTo));
        HttpResponse<String> foreignParent = api.post(kommunedirektor, GOALS,
                goal("Lånt mål", "HOP", year, later).with("ownerUnitId", id(oppvekst)).with("parentId", id(nordliaGoal)).json());

        assertThat(nordliaGoal.get("ownerUnitId").asString()).isEqualTo(nordliaTop.toString());
        assertProblem(unknownParent, 404, "parent goal");
        assertProblem(foreignParent, 404, "parent goal");
        assertThat(api.get(kommunedirektor, GOALS + "/" + id(nordliaGoal)).statusCode()).isEqualTo(404);
        assertThat(api.put(kommunedirektor, GOALS + "/" + id(nordliaGoal), goal("Overtatt", "HOP", year, later).with("version", 1).json())
                .statusCode()).isEqualTo(404);
        assertThat(api.get(kommunedirektor, GOALS).body()).doesNotContain(id(nordliaGoal).toString());
        assertThat(api.post(kommunedirektor, GOALS, goal("Feil eier", "HOP", year, later).with("ownerUnitId", nordliaTop).json())
                .statusCode()).isEqualTo(404);
    }

    @Test
    void aGoalCannotEndUpUnderItselfOrItsOwnSubGoals() {
        JsonNode sector = goals.aGoal(headOf(oppvekst), goal("Alle elever mestrer lesing", "HOP", year, later));
        JsonNode school = goals.aGoal(leaderOf(skole), goal("Leseglede på Fjordvik skole", "HOP", year, year).with("parentId", id(sector)));

        HttpResponse<String> underItsSubGoal = api.put(headOf(oppvekst), GOALS + "/" + id(sector),
                goal("Alle elever mestrer lesing", "HOP", year, later).with("version", 1).with("parentId", id(school)).json());
        HttpResponse<String> underItself = api.put(headOf(oppvekst), GOALS + "/" + id(sector),
                goal("Alle elever mestrer lesing", "HOP", year, later).with("version", 1).with("parentId", id(sector)).json());

        assertProblem(underItsSubGoal, 422, "under itself or one of its own sub-goals");
        assertProblem(underItself, 422, "under itself");
        assertThat(goals.ok(api.get(admin, GOALS + "/" + id(sector))).get("parentId").isNull()).isTrue();
    }

    @Test
    void invalidBodiesAreRefusedNamingTheFields() {
        HttpResponse<String> blank = api.post(kommunedirektor, GOALS, goal(" ", "HOP", year, later).without("source")
                .without("fromYear").with("toYear", 1800)
                .withIndicators(Map.of("name", "", "unitOfMeasure", "%", "direction", "HIGHER_IS_BETTER")).json());
        HttpResponse<String> badEnum = api.post(kommunedirektor, GOALS, goal("Mål", "HOP", year, later)
                .withIndicators(indicator("Trivsel", 90, "SIDEWAYS", null)).json());
        HttpResponse<String> badKind = api.post(kommunedirektor, GOALS, goal("Mål", "HOP", year, later)
                .with("source", Map.of("kind", "RUMOUR", "name", "Kantina")).json());
        HttpResponse<String> noVersion = api.put(kommunedirektor, GOALS + "/" + UUID.randomUUID(), goal("Mål", "HOP", year, later).json());

        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(blank.body()).contains("\"field\":\"title\"", "\"field\":\"source\"", "\"field\":\"fromYear\"",
                "\"field\":\"toYear\"", "\"field\":\"indicators[0].name\"", "\"field\":\"indicators[0].targetValue\"");
        assertThat(badEnum.statusCode()).isEqualTo(400);
        assertThat(badEnum.body()).contains("indicators.[0].direction");
        assertThat(badKind.statusCode()).isEqualTo(400);
        assertThat(badKind.body()).contains("source.kind");
        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(noVersion.body()).contains("\"field\":\"version\"");
        assertThat(api.post(kommunedirektor, GOALS, "{\"title\":").statusCode()).isEqualTo(400);
        assertThat(api.get(kommunedirektor, GOALS + "/not-a-goal").statusCode()).isEqualTo(400);
        assertThat(api.get(kommunedirektor, GOALS + "?year=1800").body()).contains("\"field\":\"year\"");
    }

    @Test
    void wellFormedGoalsThatBreakARuleAreRefusedNamingTheRule() {
        String head = headOf(oppvekst);
        assertProblem(api.post(head, GOALS, goal("Baklengs", "HOP", 2030, 2027).json()), 422, "first year (2030) cannot come after");
        assertProblem(api.post(head, GOALS, goal("Vedtak", "POLITICAL_DECISION", year, year)
                .with("source", Map.of("kind", "POLITICAL_DECISION", "name", "Kommunestyret")).json()), 422, "case number");
        assertProblem(api.post(head, GOALS, goal("Trivsel", "HOP", year, later)
                .withIndicators(indicator("Trivsel", 90, "HIGHER_IS_BETTER", 95)).json()), 422, "yellow limit of 'Trivsel' must lie below");
        assertProblem(api.post(kommunedirektor, GOALS, goal("Sektorens kommuneplan", "KOMMUNEPLAN", kommuneplanFrom, kommuneplanTo)
                .with("ownerUnitId", id(oppvekst)).json()), 422, "top unit");
        assertProblem(api.post(kommunedirektor, GOALS, goal("Eierløst", "HOP", year, later).json()), 422, "ownerUnitId");
    }

    @Test
    void aGoalOnlyInClosedYearsCanNeitherBeSetNorChanged() {
        int closed = goals.aClosedPlanYear(admin);

        assertProblem(api.post(headOf(oppvekst), GOALS, goal("For sent", "HOP", closed, closed).json()), 422,
                "plan year " + closed + " is closed");
        JsonNode spanning = goals.aGoal(headOf(oppvekst), goal("Over flere år", "HOP", Math.min(closed, year), Math.max(closed, year)));
        assertProblem(api.put(headOf(oppvekst), GOALS + "/" + id(spanning), goal("Bare det lukkede året", "HOP", closed, closed)
                .with("version", 1).json()), 422, "closed");
    }

    @Test
    void aLeaderSetsGoalsForTheirOwnPartOfTheTreeOnly() {
        String schoolLeader = leaderOf(skole);
        JsonNode sectorGoal = goals.aGoal(headOf(oppvekst), goal("Godt læringsmiljø", "HOP", year, later));

        assertProblem(api.post(schoolLeader, GOALS, goal("Sektorens mål", "HOP", year, later).with("ownerUnitId", id(oppvekst)).json()),
                403, "outside your part of the organisation");
        assertProblem(api.post(headOf(helse), GOALS, goal("Skolens mål", "HOP", year, later).with("ownerUnitId", id(skole)).json()),
                403, skole.get("name").asString());
        assertThat(api.post(employeeOf(skole), GOALS, goal("Mitt mål", "HOP", year, later).json()).statusCode()).isEqualTo(403);
        assertThat(api.put(schoolLeader, GOALS + "/" + id(sectorGoal), goal("Overstyrt", "HOP", year, later).with("version", 1).json())
                .statusCode()).isEqualTo(403);
        assertThat(api.put(headOf(oppvekst), GOALS + "/" + id(sectorGoal), goal("Godt læringsmiljø", "HOP", year, later)
                .with("version", 1).with("ownerUnitId", id(helse)).json()).statusCode())
                .as("a goal cannot be handed to a unit outside one's own part").isEqualTo(403);
        assertThat(goals.aGoal(schoolLeader, goal("Skolens eget mål", "HOP", year, year)).get("ownerUnitId").asString())
                .isEqualTo(id(skole).toString());
    }

    @Test
    void everyoneSeesTheGoalsOfTheirOwnLineAndLeadersAlsoThoseBelowThem() {
        JsonNode kommuneplanGoal = goals.aGoal(kommunedirektor, goal("Helse og livskvalitet hele livet", "KOMMUNEPLAN", kommuneplanFrom, kommuneplanTo));
        JsonNode sectorGoal = goals.aGoal(headOf(oppvekst), goal("Tidlig innsats", "HOP", year, year));
        JsonNode schoolGoal = goals.aGoal(leaderOf(skole), goal("Leseløftet", "HOP", year, year));
        JsonNode healthGoal = goals.aGoal(headOf(helse), goal("Lavere sykefravær", "HOP", year, later));

        List<String> employeeSees = ids(goals.ok(api.get(employeeOf(skole), GOALS)));
        assertThat(employeeSees).contains(id(kommuneplanGoal).toString(), id(sectorGoal).toString(), id(schoolGoal).toString())
                .doesNotContain(id(healthGoal).toString());
        List<String> sectorHeadSees = ids(goals.ok(api.get(headOf(oppvekst), GOALS)));
        assertThat(sectorHeadSees).contains(id(kommuneplanGoal).toString(), id(sectorGoal).toString(), id(schoolGoal).toString())
                .doesNotContain(id(healthGoal).toString());
        assertThat(ids(goals.ok(api.get(kommunedirektor, GOALS))))
                .contains(id(kommuneplanGoal).toString(), id(schoolGoal).toString(), id(healthGoal).toString());
        assertThat(ids(goals.ok(api.get(headOf(oppvekst), GOALS + "?year=" + (year + 1))))).contains(id(kommuneplanGoal).toString())
                .doesNotContain(id(sectorGoal).toString(), id(schoolGoal).toString());

        assertThat(api.get(employeeOf(skole), GOALS + "/" + id(sectorGoal)).statusCode()).isEqualTo(200);
        assertProblem(api.get(employeeOf(skole), GOALS + "/" + id(healthGoal)), 403, "outside your line");
        assertThat(api.get(employeeOf(helse), GOALS + "/" + id(schoolGoal)).statusCode()).isEqualTo(403);
        assertThat(api.get(ISSUER.token("nordlia-admin"), GOALS + "/" + id(schoolGoal)).statusCode()).isEqualTo(404);
    }

    @Test
    void anActualValueGetsTheTrafficLightOfItsIndicator() {
        JsonNode goal = goals.aGoal(headOf(helse), goal("Lavere sykefravær", "HOP", year, later)
                .withIndicators(indicator("Sykefravær", 7.5, "LOWER_IS_BETTER", 8.5)));
        String light = GOALS + "/" + id(goal) + "/indicators/" + goal.get("indicators").get(0).get("id").asString() + "/traffic-light?actual=";

        assertThat(goals.ok(api.get(headOf(helse), light + "7.5")).get("light").asString()).isEqualTo("GREEN");
        assertThat(goals.ok(api.get(headOf(helse), light + "8.2")).get("light").asString()).isEqualTo("YELLOW");
        assertThat(goals.ok(api.get(headOf(helse), light + "9")).get("light").asString()).isEqualTo("RED");
        assertThat(api.get(headOf(helse), GOALS + "/" + id(goal) + "/indicators/" + UUID.randomUUID() + "/traffic-light?actual=1")
                .statusCode()).isEqualTo(404);
        assertThat(api.get(headOf(helse), light + "mye").body()).contains("\"field\":\"actual\"");
        assertThat(api.get(headOf(oppvekst), light + "7").statusCode()).isEqualTo(403);
    }

    private static List<String> ids(JsonNode goals) {
        return goals.valueStream().map(goal -> goal.get("id").asString()).toList();
    }

    static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("detail").asString()).contains(detail);
    }
}
