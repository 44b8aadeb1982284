package no.virksomhetsplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import no.virksomhetsplan.testsupport.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Flows 1 and 2 of the domain through the gateway, as the demo municipality's own people, with real Keycloak
 * tokens: the kommunedirektør opens a plan year and writes an assignment letter to a kommunalsjef, who
 * acknowledges it; the kommunalsjef sets a goal and ticks it for a school; the school's leader and employees see
 * exactly that goal, another unit's leader does not.
 */
class PlanningFlowTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiClient gateway = RunningSystem.gateway();
    private final String kommunedirektor = RunningSystem.tokenFor("fjordvik", "ingrid.fjeld");
    private final String kommunalsjef = RunningSystem.tokenFor("fjordvik", "tor.haugen");
    private final String rektor = RunningSystem.tokenFor("fjordvik", "per.berg");
    private final String laerer = RunningSystem.tokenFor("fjordvik", "lars.vik");
    private final String sykehjemsleder = RunningSystem.tokenFor("fjordvik", "siri.dahl");

    @Test
    void aLetterGoesDownTheTreeAndAGoalReachesExactlyItsUnit() {
        int year = aFreshPlanYear();
        String kommune = unitWithCode("1000");
        String oppvekst = unitWithCode("2000");
        String skole = unitWithCode("2110");

        JsonNode draft = ok(201, gateway.post(kommunedirektor, "/api/plans/letters", json(Map.of("year", year,
                "fromUnitId", kommune, "toUnitId", oppvekst, "title", "Oppdragsbrev " + year + " – Oppvekst og kultur",
                "sections", Map.of("focusAreas", "Trygt skolemiljø", "budgetFrame", 612400000)))));
        String letter = "/api/plans/letters/" + draft.get("id").asString();
        JsonNode sent = ok(200, gateway.post(kommunedirektor, letter + "/send", json(Map.of("version", draft.get("version").asLong()))));
        assertThat(gateway.post(rektor, letter + "/acknowledge", "{\"revision\":1}").statusCode()).isEqualTo(403);
        JsonNode acknowledged = ok(200, gateway.post(kommunalsjef, letter + "/acknowledge",
                json(Map.of("revision", sent.get("latest").get("revision").asInt()))));
        assertThat(acknowledged.get("latest").get("state").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(acknowledged.get("latest").get("acknowledgedBy").asString()).isEqualTo("tor.haugen");

        JsonNode goal = ok(201, gateway.post(kommunalsjef, "/api/plans/goals", json(Map.of(
                "title", "Færre elever opplever mobbing " + year, "ownerUnitId", oppvekst, "fromYear", year, "toYear", year,
                "source", Map.of("kind", "HOP", "name", "Handlings- og økonomiplan"),
                "indicators", List.of(Map.of("name", "Andel elever som trives på skolen", "unitOfMeasure", "%",
                        "targetValue", 90, "direction", "HIGHER_IS_BETTER", "yellowLimit", 85))))));
        String goalId = goal.get("id").asString();
        String schoolGoals = "/api/plans/org-units/" + skole + "/goals";
        ok(200, gateway.put(kommunalsjef, schoolGoals + "/" + goalId + "?year=" + year, "{}"));

        assertThat(goalIds(ok(200, gateway.get(rektor, schoolGoals + "?year=" + year)))).containsExactly(goalId);
        assertThat(goalIds(ok(200, gateway.get(laerer, schoolGoals + "?year=" + year)))).containsExactly(goalId);
        assertThat(gateway.get(sykehjemsleder, schoolGoals + "?year=" + year).statusCode()).isEqualTo(403);
        assertThat(gateway.put(rektor, schoolGoals + "/" + goalId + "?year=" + year, "{}").statusCode()).isEqualTo(403);

        ok(200, gateway.post(kommunedirektor, "/api/plans/plan-years/" + year + "/activate", ""));
        ok(200, gateway.post(kommunedirektor, "/api/plans/plan-years/" + year + "/close", ""));
        HttpResponse<String> afterClosing = gateway.delete(kommunalsjef, schoolGoals + "/" + goalId + "?year=" + year);
        assertThat(afterClosing.statusCode()).isEqualTo(422);
        assertThat(afterClosing.body()).contains("closed");
    }

    private int aFreshPlanYear() {
        Set<Integer> taken = new HashSet<>();
        ok(200, gateway.get(kommunedirektor, "/api/plans/plan-years")).forEach(y -> taken.add(y.get("year").asInt()));
        int year;
        do {
            year = ThreadLocalRandom.current().nextInt(2040, 2100);
        } while (taken.contains(year));
        ok(201, gateway.post(kommunedirektor, "/api/plans/plan-years", "{\"year\":" + year + "}"));
        return year;
    }

    private String unitWithCode(String code) {
        for (JsonNode unit : ok(200, gateway.get(kommunedirektor, "/api/plans/org-units"))) {
            if (code.equals(unit.path("externalCode").asString())) {
                return unit.get("id").asString();
            }
        }
        throw new AssertionError("the demo org tree has no unit " + code);
    }

    private static List<String> goalIds(JsonNode unitGoals) {
        return unitGoals.get("goals").valueStream().map(g -> g.get("goal").get("id").asString()).toList();
    }

    private static JsonNode ok(int status, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.uri() + ": " + response.body())
                .isEqualTo(status);
        return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    private static String json(Object body) {
        return JSON.writeValueAsString(body);
    }
}
