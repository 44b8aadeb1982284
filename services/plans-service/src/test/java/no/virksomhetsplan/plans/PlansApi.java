package no.virksomhetsplan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
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

    /** Takes a fresh plan year through active to closed, as the administrator. */
    public void close(String adminToken, int year) {
        for (String step : List.of("activate", "close")) {
            HttpResponse<String> response = api.post(adminToken, "/api/plans/plan-years/" + year + "/" + step, "");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        }
    }

    /**
     * A token of someone in fjordvik whose own unit is {@code unit} (the {@code org_unit} claim is its code) and who has
     * one role, e.g. kommunalsjef, virksomhetsleder or medarbeider.
     */
    public static String aPersonIn(JsonNode unit, String role, String username) {
        return ISSUER.token("fjordvik-medarbeider", Map.of(
                "org_unit", unit.get("externalCode").asString(),
                "preferred_username", username,
                "sub", UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString(),
                "realm_access", Map.of("roles", List.of(role))));
    }

    /** A username nobody else in the shared test database has. */
    public static String aUsername(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Sends the requests from as many threads at the same moment. */
    public static List<HttpResponse<String>> atOnce(int requests, IntFunction<HttpResponse<String>> request) {
        ExecutorService threads = Executors.newFixedThreadPool(requests);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            IntStream.range(0, requests).forEach(i -> sent.add(threads.submit(() -> {
                start.await();
                return request.apply(i);
            })));
            start.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> response : sent) {
                responses.add(response.get(30, TimeUnit.SECONDS));
            }
            return responses;
        } catch (Exception e) {
            throw new AssertionError("concurrent requests failed", e);
        } finally {
            threads.shutdownNow();
        }
    }

    public static JsonNode created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    public static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** The response is RFC 9457 problem details with this status, and its text names the problem. */
    public static void assertProblem(HttpResponse<String> response, int status, String problem) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains(problem);
    }

    public static UUID id(JsonNode json) {
        return UUID.fromString(json.get("id").asString());
    }
}
