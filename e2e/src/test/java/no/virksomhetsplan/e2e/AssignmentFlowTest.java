package no.virksomhetsplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.virksomhetsplan.testsupport.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Flow 3 of the domain through the gateway, as the demo municipality's own people with real Keycloak tokens: a
 * verbalvedtak becomes an assignment delegated to two units with deadlines; the school's leader splits it into tasks;
 * the teacher sees the task on Min side and reports on it; the assignment's status rolls up to done.
 */
class AssignmentFlowTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiClient gateway = RunningSystem.gateway();
    private final String kommunedirektor = RunningSystem.tokenFor("fjordvik", "ingrid.fjeld");
    private final String rektor = RunningSystem.tokenFor("fjordvik", "per.berg");
    private final String styrer = RunningSystem.tokenFor("fjordvik", "hanne.moe");
    private final String laerer = RunningSystem.tokenFor("fjordvik", "lars.vik");
    private final String sykehjemsleder = RunningSystem.tokenFor("fjordvik", "siri.dahl");

    @Test
    void aVerbalvedtakIsDelegatedSplitIntoTasksAndRollsUpToDone() {
        LocalDate today = LocalDate.now(RunningSystem.NORWAY);
        String skole = unitWithCode("2110");
        String barnehage = unitWithCode("2210");
        ok(200, gateway.get(laerer, "/api/assignments/my-page"));

        JsonNode assignment = ok(201, gateway.post(kommunedirektor, "/api/assignments/assignments", json(Map.of(
                "type", "VERBALVEDTAK", "title", "Mer fysisk aktivitet i skole og barnehage " + today,
                "source", Map.of("kind", "COUNCIL_DECISION", "body", "Kommunestyret", "caseNumber", "PS 112/26",
                        "decisionDate", "2026-12-14", "decisionText", "Kommunedirektøren sørger for én time fysisk aktivitet hver dag."),
                "responsible", "ingrid.fjeld", "includeInMonthlyReport", true, "deadline", today.plusMonths(6).toString()))));
        String path = "/api/assignments/assignments/" + assignment.get("id").asString();
        JsonNode delegated = ok(201, gateway.post(kommunedirektor, path + "/delegations", json(Map.of("delegations", List.of(
                Map.of("unitId", skole, "responsible", "per.berg", "deadline", today.plusMonths(5).toString()),
                Map.of("unitId", barnehage, "responsible", "hanne.moe", "deadline", today.plusMonths(5).toString()))))));
        String toSkole = delegationTo(delegated, skole);
        String toBarnehage = delegationTo(delegated, barnehage);

        JsonNode task = ok(201, gateway.post(rektor, "/api/assignments/delegations/" + toSkole + "/tasks", json(Map.of(
                "title", "Aktivitetsplan for 1.–7. trinn", "responsible", "lars.vik", "deadline", today.plusMonths(2).toString()))))
                .get("task");
        String taskPath = "/api/assignments/tasks/" + task.get("id").asString();
        assertThat(gateway.get(sykehjemsleder, taskPath).statusCode()).isEqualTo(403);

        JsonNode minSide = ok(200, gateway.get(laerer, "/api/assignments/my-page?size=200"));
        assertThat(minSide.get("open").get("items")).anySatisfy(item -> assertThat(item.get("id")).isEqualTo(task.get("id")));

        ok(200, gateway.post(laerer, taskPath + "/status", json(Map.of("version", 1, "status", "IN_PROGRESS",
                "comment", "Planen er drøftet i trinnmøtet."))));
        JsonNode done = ok(200, gateway.post(laerer, taskPath + "/status", json(Map.of("version", 2, "status", "DONE"))));
        assertThat(done.get("chain").get(0).get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("assignment").get("status").asString()).as("the barnehage has not started").isEqualTo("IN_PROGRESS");
        ok(200, gateway.post(styrer, "/api/assignments/delegations/" + toBarnehage + "/status",
                json(Map.of("version", 1, "status", "DONE", "comment", "Uteleik hver dag fra august."))));

        JsonNode after = ok(200, gateway.get(kommunedirektor, path));
        assertThat(after.get("status").asString()).isEqualTo("DONE");
        assertThat(after.get("delegations")).hasSize(2);
        List<String> history = ok(200, gateway.get(laerer, taskPath + "/history")).valueStream()
                .map(entry -> entry.get("change").asString() + " by " + entry.get("by").asString()).toList();
        assertThat(history).containsExactly("CREATED by per.berg", "STATUS_CHANGED by lars.vik", "STATUS_CHANGED by lars.vik");
    }

    private String delegationTo(JsonNode assignment, String unit) {
        return assignment.get("delegations").valueStream().filter(d -> d.get("unitId").asString().equals(unit))
                .findFirst().orElseThrow().get("id").asString();
    }

    private String unitWithCode(String code) {
        for (JsonNode unit : ok(200, gateway.get(kommunedirektor, "/api/plans/org-units"))) {
            if (code.equals(unit.path("externalCode").asString())) {
                return unit.get("id").asString();
            }
        }
        throw new AssertionError("the demo org tree has no unit " + code);
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
