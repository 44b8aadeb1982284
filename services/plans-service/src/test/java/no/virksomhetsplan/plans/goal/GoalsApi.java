package no.virksomhetsplan.plans.goal;

import static no.virksomhetsplan.plans.PlansApi.ISSUER;
import static no.virksomhetsplan.plans.PlansApi.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.plans.PlansApi;
import no.virksomhetsplan.testsupport.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * The goal endpoints as tests use them: people of units a test built (tokens from the real claim sets with the
 * test unit's code), goal bodies with plausible Fjordvik content, and plan years in the states a test needs.
 */
public final class GoalsApi {

    public static final String GOALS = "/api/plans/goals";

    private static Integer openYear;
    private static Integer closedYear;

    private final PlansApi plans;
    private final ApiClient api;

    public GoalsApi(PlansApi plans) {
        this.plans = plans;
        this.api = plans.client();
    }

    /** A year in planning that the goal tests share (goals and units are each test's own). */
    public synchronized int anOpenPlanYear(String adminToken) {
        if (openYear == null) {
            openYear = plans.aFreshPlanYear(adminToken);
        }
        return openYear;
    }

    /** A year that has been opened, activated and closed. */
    public synchronized int aClosedPlanYear(String adminToken) {
        if (closedYear == null) {
            int year = plans.aFreshPlanYear(adminToken);
            assertThat(api.post(adminToken, "/api/plans/plan-years/" + year + "/activate", "").statusCode()).isEqualTo(200);
            assertThat(api.post(adminToken, "/api/plans/plan-years/" + year + "/close", "").statusCode()).isEqualTo(200);
            closedYear = year;
        }
        return closedYear;
    }

    /** The unit leader (virksomhetsleder) of a unit a test created. */
    public static String leaderOf(JsonNode unit) {
        return ISSUER.token("fjordvik-virksomhetsleder", Map.of("org_unit", code(unit)));
    }

    /** A kommunalsjef heading a unit a test created (a sector). */
    public static String headOf(JsonNode unit) {
        return ISSUER.token("fjordvik-virksomhetsleder", Map.of("org_unit", code(unit),
                "realm_access", Map.of("roles", List.of("kommunalsjef"))));
    }

    /** An employee (medarbeider) of a unit a test created. */
    public static String employeeOf(JsonNode unit) {
        return ISSUER.token("fjordvik-medarbeider", Map.of("org_unit", code(unit)));
    }

    public JsonNode created(HttpResponse<String> response) {
        JsonNode goal = PlansApi.created(response);
        assertThat(response.headers().firstValue("Location")).hasValue(GOALS + "/" + goal.get("id").asString());
        return goal;
    }

    public JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    public JsonNode aGoal(String token, GoalBody body) {
        return created(api.post(token, GOALS, body.json()));
    }

    /** A goal body; every field can be changed or removed to make it wrong in exactly one way. */
    public static GoalBody goal(String title, String kind, int fromYear, int toYear) {
        return new GoalBody().with("title", title).with("description", "Et mål for " + title.toLowerCase())
                .with("source", source(kind)).with("fromYear", fromYear).with("toYear", toYear);
    }

    public static Map<String, Object> source(String kind) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("kind", kind);
        switch (kind) {
            case "KOMMUNEPLAN" -> {
                source.put("name", "Kommuneplanens samfunnsdel 2024–2036");
                source.put("caseNumber", "PS 12/24");
                source.put("date", "2024-03-14");
            }
            case "HOP" -> source.put("name", "Handlings- og økonomiplan 2027–2030");
            case "TEMAPLAN" -> source.put("name", "Temaplan for oppvekst");
            default -> {
                source.put("name", "Kommunestyret");
                source.put("caseNumber", "PS 45/26");
                source.put("date", "2026-12-10");
            }
        }
        return source;
    }

    public static Map<String, Object> indicator(String name, Object target, String direction, Object yellowLimit) {
        Map<String, Object> indicator = new LinkedHashMap<>();
        indicator.put("name", name);
        indicator.put("unitOfMeasure", "%");
        indicator.put("targetValue", target);
        indicator.put("direction", direction);
        indicator.put("yellowLimit", yellowLimit);
        return indicator;
    }

    public static final class GoalBody {

        private final Map<String, Object> fields = new LinkedHashMap<>();

        public GoalBody with(String field, Object value) {
            fields.put(field, value instanceof UUID ? value.toString() : value);
            return this;
        }

        public GoalBody without(String field) {
            fields.remove(field);
            return this;
        }

        @SafeVarargs
        public final GoalBody withIndicators(Map<String, Object>... indicators) {
            return with("indicators", new ArrayList<>(List.of(indicators)));
        }

        public String json() {
            return JSON.writeValueAsString(fields);
        }
    }

    public static UUID id(JsonNode json) {
        return UUID.fromString(json.get("id").asString());
    }

    private static String code(JsonNode unit) {
        return unit.get("externalCode").asString();
    }
}
