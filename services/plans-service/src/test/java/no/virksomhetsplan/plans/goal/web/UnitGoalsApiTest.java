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
import static no.virksomhetsplan.plans.goal.web.GoalApiTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.contracts.CloudEventHeaders;
import no.virksomhetsplan.contracts.EventSchemas;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.plans.UnitGoalsChanged;
import no.virksomhetsplan.plans.PlansApi;
import no.virksomhetsplan.plans.goal.GoalsApi;
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
class UnitGoalsApiTest {

    private final String admin = ISSUER.token("fjordvik-admin");
    private final String kommunedirektor = ISSUER.token("fjordvik-kommunedirektor");

    @LocalServerPort
    int port;
    PlansApi plans;
    GoalsApi goals;
    ApiClient api;
    int year;

    UUID top;
    JsonNode oppvekst;
    JsonNode skole;
    JsonNode barnehage;
    JsonNode helse;
    JsonNode kommuneplanGoal;
    JsonNode sectorGoal;
    JsonNode healthGoal;

    @BeforeEach
    void aFreshPartOfTheTreeWithGoals() {
        plans = new PlansApi(port);
        goals = new GoalsApi(plans);
        api = plans.client();
        year = goals.anOpenPlanYear(admin);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        top = plans.topUnit(admin);
        oppvekst = plans.aUnitUnder(admin, top, "Oppvekst og kultur " + suffix);
        skole = plans.aUnitUnder(admin, id(oppvekst), "Fjordvik skole " + suffix);
        barnehage = plans.aUnitUnder(admin, id(oppvekst), "Solsiden barnehage " + suffix);
        helse = plans.aUnitUnder(admin, top, "Helse og velferd " + suffix);
        kommuneplanGoal = goals.aGoal(kommunedirektor, goal("Gode oppvekstvilkår", "KOMMUNEPLAN", Math.max(year - 3, PlanYear.FIRST_YEAR), Math.min(year + 9, PlanYear.LAST_YEAR)));
        sectorGoal = goals.aGoal(headOf(oppvekst), goal("Elevene trives på skolen", "HOP", year, Math.min(year + 3, PlanYear.LAST_YEAR))
                .with("parentId", id(kommuneplanGoal))
                .withIndicators(indicator("Andel elever som trives", 90, "HIGHER_IS_BETTER", 85)));
        healthGoal = goals.aGoal(headOf(helse), goal("Lavere sykefravær", "HOP", year, Math.min(year + 3, PlanYear.LAST_YEAR)));
    }

    @Test
    void aSuperiorTicksGoalsForEachUnitAndEachUnitSeesExactlyItsOwn() {
        String head = headOf(oppvekst);

        JsonNode ticked = goals.ok(api.put(head, unitGoals(skole), set(0, sectorGoal, kommuneplanGoal)));
        goals.ok(api.put(head, oneOf(barnehage, kommuneplanGoal), ""));

        assertThat(ticked.get("version").asLong()).isEqualTo(1);
        JsonNode seen = goals.ok(api.get(employeeOf(skole), unitGoals(skole)));
        assertThat(seen.get("unitName").asString()).isEqualTo(skole.get("name").asString());
        assertThat(seen.get("year").asInt()).isEqualTo(year);
        assertThat(seen.get("version").asLong()).isEqualTo(1);
        assertThat(goalIds(seen)).containsExactly(id(kommuneplanGoal).toString(), id(sectorGoal).toString());
        JsonNode trivsel = seen.get("goals").get(1);
        assertThat(trivsel.get("goal").get("indicators").get(0).get("targetValue").asInt()).isEqualTo(90);
        assertThat(trivsel.get("parents")).singleElement().satisfies(parent -> {
            assertThat(parent.get("id").asString()).isEqualTo(id(kommuneplanGoal).toString());
            assertThat(parent.get("sourceKind").asString()).isEqualTo("KOMMUNEPLAN");
        });
        assertThat(goalIds(goals.ok(api.get(employeeOf(barnehage), unitGoals(barnehage)))))
                .containsExactly(id(kommuneplanGoal).toString());
        assertThat(goalIds(goals.ok(api.get(leaderOf(skole), unitGoals(skole))))).hasSize(2);
        assertThat(goalIds(goals.ok(api.get(head, unitGoals(skole))))).hasSize(2);
        assertThat(goalIds(goals.ok(api.get(employeeOf(skole), unitGoals(skole).replace("year=" + year, "year=" + (year + 1))))))
                .as("another year has its own goals").isEmpty();

        try (var topic = new TopicReader(Infrastructure.endpoints().kafkaBootstrapServers(), Topics.PLANS)) {
            ConsumerRecord<String, byte[]> event = topic.awaitRecord(
                    r -> ("unit-goals/" + id(skole) + "/" + year).equals(r.key()), Duration.ofSeconds(20));
            assertThat(TopicReader.header(event, CloudEventHeaders.TYPE)).isEqualTo(UnitGoalsChanged.TYPE);
            assertThat(TopicReader.header(event, CloudEventHeaders.TENANT)).isEqualTo("fjordvik");
            assertThat(EventSchemas.violations(UnitGoalsChanged.TYPE, new String(event.value()))).isEmpty();
            JsonNode data = JSON.readTree(event.value());
            assertThat(data.get("goalIds").valueStream().map(JsonNode::asString).toList())
                    .containsExactlyInAnyOrder(id(kommuneplanGoal).toString(), id(sectorGoal).toString());
            assertThat(data.get("year").asInt()).isEqualTo(year);
        }
    }

    @Test
    void othersInTheMunicipalityDoNotSeeAUnitsGoalsAndOtherMunicipalitiesDoNotFindThem() {
        goals.ok(api.put(headOf(oppvekst), unitGoals(skole), set(0, sectorGoal)));

        assertProblem(api.get(employeeOf(barnehage), unitGoals(skole)), 403, "shown to its own people");
        assertThat(api.get(leaderOf(barnehage), unitGoals(skole)).statusCode()).isEqualTo(403);
        assertThat(api.get(headOf(helse), unitGoals(skole)).statusCode()).isEqualTo(403);
        assertThat(api.get(employeeOf(skole), unitGoals(oppvekst)).statusCode()).as("not even the unit above").isEqualTo(403);
        assertThat(api.get(ISSUER.token("nordlia-admin"), unitGoals(skole)).statusCode()).isEqualTo(404);
        assertThat(api.put(ISSUER.token("nordlia-admin"), unitGoals(skole), set(1)).statusCode()).isEqualTo(404);
        assertThat(api.get(kommunedirektor, unitGoals(skole)).statusCode()).isEqualTo(200);
    }

    @Test
    void onlyALeaderAboveTheUnitTicksItsGoals() {
        assertProblem(api.put(leaderOf(skole), unitGoals(skole), set(0, sectorGoal)), 403,
                "ticked by a leader of a unit above it");
        assertProblem(api.put(headOf(helse), unitGoals(skole), set(0, kommuneplanGoal)), 403, skole.get("name").asString());
        assertThat(api.put(employeeOf(skole), unitGoals(skole), set(0, sectorGoal)).statusCode()).isEqualTo(403);
        assertThat(api.put(headOf(oppvekst), unitGoals(oppvekst), set(0, kommuneplanGoal)).statusCode())
                .as("a sector head does not tick their own sector's goals").isEqualTo(403);
        assertThat(api.put(kommunedirektor, unitGoals(oppvekst), set(0, kommuneplanGoal)).statusCode()).isEqualTo(200);
        assertThat(api.put(admin, unitGoals(helse), set(0, healthGoal)).statusCode()).isEqualTo(200);
        assertThat(api.put(headOf(oppvekst), unitGoals(UUID.randomUUID()), set(0, sectorGoal)).statusCode()).isEqualTo(404);
    }

    @Test
    void goalsAreTickedOnlyInAYearThatIsOpenForChange() {
        int closed = goals.aClosedPlanYear(admin);
        JsonNode spanning = goals.aGoal(headOf(oppvekst), goal("Over mange år", "HOP", Math.min(closed, year), Math.max(closed, year)));

        HttpResponse<String> inClosedYear = api.put(headOf(oppvekst), unitGoals(skole, closed), set(0, spanning));
        HttpResponse<String> oneInClosedYear = api.put(headOf(oppvekst), oneOf(skole, closed, spanning), "");
        HttpResponse<String> untickInClosedYear = api.delete(headOf(oppvekst), oneOf(skole, closed, spanning));
        HttpResponse<String> inUnopenedYear = api.put(headOf(oppvekst), unitGoals(skole, 2100), set(0));

        assertProblem(inClosedYear, 422, "plan year " + closed + " is closed");
        assertProblem(oneInClosedYear, 422, "closed");
        assertProblem(untickInClosedYear, 422, "closed");
        assertProblem(inUnopenedYear, 422, "has not been opened");
    }

    @Test
    void aUnitIsGivenOnlyExistingGoalsOfItsOwnLineThatCoverTheYear() {
        JsonNode laterGoal = goals.aGoal(headOf(oppvekst), goal("Ny skolestruktur", "HOP", year + 1, Math.min(year + 3, PlanYear.LAST_YEAR)));
        JsonNode nordliaGoal = goals.aGoal(ISSUER.token("nordlia-admin"), goal("Gode oppvekstvilkår i Nordlia", "KOMMUNEPLAN", year, year));
        String kd = kommunedirektor;

        assertProblem(api.put(kd, unitGoals(skole), set(0, healthGoal)), 422, "not above " + skole.get("name").asString());
        assertProblem(api.put(kd, unitGoals(skole), set(0, laterGoal)), 422, "not " + year);
        assertProblem(api.put(kd, unitGoals(skole), set(0, nordliaGoal)), 404, id(nordliaGoal).toString());
        UUID unknown = UUID.randomUUID();
        assertProblem(api.put(kd, "/api/plans/org-units/" + id(skole) + "/goals/" + unknown + "?year=" + year, ""), 404, unknown.toString());
        assertThat(goalIds(goals.ok(api.get(kd, unitGoals(skole))))).isEmpty();
    }

    @Test
    void ofTwoSuperiorsReplacingTheSameSetTheSecondIsRefusedAndNothingIsLost() {
        goals.ok(api.put(headOf(oppvekst), unitGoals(skole), set(0, sectorGoal)));

        HttpResponse<String> stale = api.put(kommunedirektor, unitGoals(skole), set(0, kommuneplanGoal));

        assertProblem(stale, 409, "changed by someone else");
        assertThat(goalIds(goals.ok(api.get(kommunedirektor, unitGoals(skole))))).containsExactly(id(sectorGoal).toString());
        JsonNode both = goals.ok(api.put(kommunedirektor, unitGoals(skole), set(1, sectorGoal, kommuneplanGoal)));
        assertThat(both.get("version").asLong()).isEqualTo(2);
    }

    @Test
    void singleTicksAddAndRemoveOneGoalAndRepeatingThemChangesNothing() {
        String one = oneOf(skole, sectorGoal);

        assertThat(goals.ok(api.put(headOf(oppvekst), one, "")).get("version").asLong()).isEqualTo(1);
        assertThat(goals.ok(api.put(headOf(oppvekst), one, "")).get("version").asLong()).isEqualTo(1);
        JsonNode withKommuneplan = goals.ok(api.put(headOf(oppvekst), oneOf(skole, kommuneplanGoal), ""));
        assertThat(withKommuneplan.get("version").asLong()).isEqualTo(2);
        assertThat(withKommuneplan.get("goalIds")).hasSize(2);

        JsonNode removed = goals.ok(api.delete(headOf(oppvekst), one));
        assertThat(removed.get("version").asLong()).isEqualTo(3);
        assertThat(removed.get("goalIds").valueStream().map(JsonNode::asString).toList()).containsExactly(id(kommuneplanGoal).toString());
        assertThat(goals.ok(api.delete(headOf(oppvekst), one)).get("version").asLong()).isEqualTo(3);
        assertThat(api.delete(leaderOf(skole), one).statusCode()).isEqualTo(403);
    }

    @Test
    void aTickedGoalKeepsCoveringTheYearItIsTickedFor() {
        goals.ok(api.put(headOf(oppvekst), unitGoals(skole), set(0, sectorGoal)));

        HttpResponse<String> narrowed = api.put(headOf(oppvekst), GOALS + "/" + id(sectorGoal),
                goal("Elevene trives på skolen", "HOP", year + 1, Math.min(year + 3, PlanYear.LAST_YEAR)).with("version", 1).json());

        assertProblem(narrowed, 422, "applies to units in " + year);
    }

    @Test
    void invalidRequestsAreRefusedNamingTheFields() {
        String head = headOf(oppvekst);
        String path = "/api/plans/org-units/" + id(skole) + "/goals";

        assertThat(api.get(head, path).body()).contains("year");
        assertThat(api.get(head, path).statusCode()).isEqualTo(400);
        assertThat(api.get(head, path + "?year=1800").body()).contains("\"field\":\"year\"");
        assertThat(api.get(head, path + "?year=neste").body()).contains("\"field\":\"year\"");
        HttpResponse<String> noSet = api.put(head, unitGoals(skole), "{}");
        assertThat(noSet.statusCode()).isEqualTo(400);
        assertThat(noSet.body()).contains("\"field\":\"version\"", "\"field\":\"goalIds\"");
        assertThat(api.put(head, unitGoals(skole), "{\"version\":0,\"goalIds\":[\"not-a-goal\"]}").body()).contains("goalIds");
        assertThat(api.put(head, unitGoals(skole), "{\"version\":0,\"goalIds\":[null]}").body()).contains("goalIds[0]");
        assertThat(api.put(head, "/api/plans/org-units/not-a-unit/goals?year=" + year, set(0)).statusCode()).isEqualTo(400);
    }

    private String unitGoals(JsonNode unit) {
        return unitGoals(id(unit));
    }

    private String unitGoals(UUID unit) {
        return "/api/plans/org-units/" + unit + "/goals?year=" + year;
    }

    private static String unitGoals(JsonNode unit, int year) {
        return "/api/plans/org-units/" + id(unit) + "/goals?year=" + year;
    }

    /** One goal of the unit's goals in the test's year. */
    private String oneOf(JsonNode unit, JsonNode goal) {
        return oneOf(unit, year, goal);
    }

    private static String oneOf(JsonNode unit, int year, JsonNode goal) {
        return "/api/plans/org-units/" + id(unit) + "/goals/" + id(goal) + "?year=" + year;
    }

    private static String set(long version, JsonNode... goals) {
        return JSON.writeValueAsString(java.util.Map.of("version", version,
                "goalIds", java.util.Arrays.stream(goals).map(goal -> goal.get("id").asString()).toList()));
    }

    private static List<String> goalIds(JsonNode unitGoals) {
        return unitGoals.get("goals").valueStream().map(ticked -> ticked.get("goal").get("id").asString()).toList();
    }
}
