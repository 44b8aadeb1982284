package no.virksomhetsplan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import no.virksomhetsplan.testsupport.ApiClient;
import no.virksomhetsplan.testsupport.TestIssuer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * plans-service's API as tests use it. All test classes share one database and the two municipalities
 * (fjordvik, nordlia), so each test builds what it needs next to what others built: a plan year nobody
 * else uses, a unit under the municipality's top with a random code.
 */
public final class PlansApi {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    public static final TestIssuer ISSUER = TestIssuer.shared();

    private final ApiClient api;

    public PlansApi(int port) {
        this.api = ApiClient.onLocalPort(port);
    }

    public ApiClient client() {
        return api;
    }

    /** A plan year that no other test has opened, opened (PLANNING) by the municipality's administrator. */
    public synchronized int aFreshPlanYear(String adminToken) {
        Set<Integer> taken = new HashSet<>();
        JSON.readTree(api.get(adminToken, "/api/plans/plan-years").body()).forEach(y -> taken.add(y.get("year").asInt()));
        int year;
        do {
            year = ThreadLocalRandom.current().nextInt(2001, 2100);
        } while (taken.contains(year));
        HttpResponse<String> opened = api.post(adminToken, "/api/plans/plan-years", "{\"year\":" + year + "}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return year;
    }

    /** The municipality's top unit, created by the first test that needs it. */
    public synchronized UUID topUnit(String adminToken) {
        for (JsonNode unit : JSON.readTree(api.get(adminToken, "/api/plans/org-units").body())) {
            if (unit.get("parentId") == null || unit.get("parentId").isNull()) {
                return UUID.fromString(unit.get("id").asString());
            }
        }
        return id(created(api.post(adminToken, "/api/plans/org-units", "{\"name\":\"Kommunen\",\"levelName\":\"kommune\"}")));
    }

    /** A new unit with a random external code (returned in the JSON), created by the administrator. */
    public JsonNode aUnitUnder(String adminToken, UUID parent, String name) {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8);
        return created(api.post(adminToken, "/api/plans/org-units",
                "{\"parentId\":\"" + parent + "\",\"name\":\"" + name + "\",\"externalCode\":\"" + code + "\"}"));
    }

    public static JsonNode created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    public static UUID id(JsonNode json) {
        return UUID.fromString(json.get("id").asString());
    }
}
