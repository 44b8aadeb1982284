package no.virksomhetsplan.assignments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import no.virksomhetsplan.testsupport.ApiClient;
import no.virksomhetsplan.testsupport.OrgTree.Unit;
import no.virksomhetsplan.testsupport.OrgTree;
import no.virksomhetsplan.testsupport.TestIssuer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * assignments-service's API as tests use it: people of the units a test built (tokens from the real Keycloak claim
 * sets, with the test unit's code, their own username and role), and bodies with plausible Fjordvik content.
 */
public final class AssignmentsApi {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    public static final TestIssuer ISSUER = TestIssuer.shared();
    public static final String ASSIGNMENTS = "/api/assignments/assignments";
    public static final String DELEGATIONS = "/api/assignments/delegations";
    public static final String TASKS = "/api/assignments/tasks";

    private final ApiClient api;

    public AssignmentsApi(int port) {
        this.api = ApiClient.onLocalPort(port);
    }

    public ApiClient client() {
        return api;
    }







    /** A leader registers a person of their unit, so the person can be made responsible before they sign in. */
    public void register(String leaderToken, Unit unit, String username) {
        ok(api.put(leaderToken, "/api/assignments/people/" + username,
                json(Map.of("unitId", unit.id(), "name", username, "email", username + "@fjordvik.kommune.local"))));
    }

    /** A verbalvedtak from the council's budget meeting, due at the given day. */
    public static Map<String, Object> aVerbalvedtak(String title, LocalDate deadline) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "VERBALVEDTAK");
        body.put("title", title);
        body.put("description", "Fra kommunestyrets budsjettvedtak.");
        body.put("source", Map.of("kind", "COUNCIL_DECISION", "body", "Kommunestyret", "caseNumber", "PS 112/26",
                "decisionDate", "2026-12-14", "decisionText", "Kommunestyret ber kommunedirektøren: " + title + "."));
        body.put("includeInMonthlyReport", true);
        body.put("deadline", deadline.toString());
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    public static Map<String, Object> delegation(Unit unit, String responsible, LocalDate deadline) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("unitId", unit.id());
        if (responsible != null) {
            order.put("responsible", responsible);
        }
        order.put("deadline", deadline.toString());
        return order;
    }

    public static String delegations(Map<?, ?>... orders) {
        return json(Map.of("delegations", List.of(orders)));
    }

    public static Map<String, Object> task(String title, String responsible, LocalDate deadline) {
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("title", title);
        task.put("responsible", responsible);
        task.put("deadline", deadline.toString());
        return task;
    }

    public static String status(long version, String status, String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        if (status != null) {
            body.put("status", status);
        }
        if (comment != null) {
            body.put("comment", comment);
        }
        return json(body);
    }

    public JsonNode anAssignment(String token, Map<String, Object> body) {
        return created(api.post(token, ASSIGNMENTS, json(body)));
    }

    /** Delegates and returns the new delegations, in the order asked for. */
    public List<JsonNode> delegate(String token, UUID assignment, Map<?, ?>... orders) {
        JsonNode tree = created(api.post(token, ASSIGNMENTS + "/" + assignment + "/delegations", delegations(orders)));
        List<JsonNode> made = new ArrayList<>();
        for (Map<?, ?> order : orders) {
            for (JsonNode delegation : tree.get("delegations")) {
                if (delegation.get("unitId").asString().equals(order.get("unitId").toString())) {
                    made.add(delegation);
                }
            }
        }
        return made;
    }

    public JsonNode addTask(String token, UUID delegation, Map<String, Object> task) {
        return created(api.post(token, DELEGATIONS + "/" + delegation + "/tasks", json(task))).get("task");
    }

    public JsonNode get(String token, String path) {
        return ok(api.get(token, path));
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
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

    /** Sends the requests from as many threads at the same moment. */
    public static List<HttpResponse<String>> atOnce(int requests, IntFunction<HttpResponse<String>> request) {
        ExecutorService threads = Executors.newFixedThreadPool(requests);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                int n = i;
                sent.add(threads.submit(() -> {
                    start.await();
                    return request.apply(n);
                }));
            }
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
}
