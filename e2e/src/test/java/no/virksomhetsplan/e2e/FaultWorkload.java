package no.virksomhetsplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.testsupport.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The writes of the fault tests and where they must arrive: new org units created in plans-service through the
 * gateway by Fjordvik's administrator, published through plans-service's outbox and Kafka, and applied to
 * reporting-service's org-tree replica by its idempotent consumer.
 */
final class FaultWorkload {

    static final String UNITS = "/api/plans/org-units";
    static final String REPLICA = "/api/reporting/org-units";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiClient gateway = RunningSystem.gateway();
    private final String token = RunningSystem.tokenFor("fjordvik", "marit.holm");
    private final UUID top;
    /** Names of this run's units start with it, so repeated runs on the same data do not mix. */
    final String run = UUID.randomUUID().toString().substring(0, 8);

    FaultWorkload() {
        HttpResponse<String> tree = gateway.get(token, UNITS);
        assertThat(tree.statusCode()).as(tree.body()).isEqualTo(200);
        UUID found = null;
        for (JsonNode unit : JSON.readTree(tree.body())) {
            if (unit.path("parentId").isNull() || unit.path("parentId").isMissingNode()) {
                found = UUID.fromString(unit.get("id").asString());
            }
        }
        assertThat(found).as("Fjordvik's top unit").isNotNull();
        top = found;
    }

    /** Creates one unit under the top unit; the answer as it came (201 with the unit, or a problem). */
    HttpResponse<String> createUnit(String label) {
        return gateway.post(token, UNITS, "{\"parentId\":\"" + top + "\",\"name\":\"" + label + " " + run
                + "\",\"levelName\":\"avdeling\"}");
    }

    static String idOf(HttpResponse<String> created) {
        return JSON.readTree(created.body()).get("id").asString();
    }

    /** How often each of this run's units appears in reporting-service's replica (by id). */
    Map<String, Integer> replicaCounts() {
        return counts(REPLICA);
    }

    /** How often each of this run's units appears in plans-service, the source. */
    Map<String, Integer> sourceCounts() {
        return counts(UNITS);
    }

    private Map<String, Integer> counts(String path) {
        HttpResponse<String> list = gateway.get(token, path);
        if (list.statusCode() != 200) {
            return Map.of();
        }
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode unit : JSON.readTree(list.body())) {
            if (unit.path("name").asString("").endsWith(" " + run)) {
                counts.merge(unit.get("id").asString(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** True once every id is in the replica. */
    boolean allInReplica(List<String> ids) {
        return replicaCounts().keySet().containsAll(ids);
    }

    /** Every id exactly once in the replica and the source, and nothing of this run that was not acknowledged. */
    void assertExactlyOnce(List<String> acknowledged) {
        assertExactlyOnce(acknowledged, true);
    }

    /**
     * Every acknowledged id in the source, the replica holding exactly the source's units, each once. With
     * {@code onlyAcknowledged} false the source may hold more: a write whose answer was lost (the gateway gave up
     * while the service committed) exists without having been acknowledged, which is no loss.
     */
    void assertExactlyOnce(List<String> acknowledged, boolean onlyAcknowledged) {
        Map<String, Integer> replica = replicaCounts();
        Map<String, Integer> source = sourceCounts();
        if (onlyAcknowledged) {
            assertThat(source.keySet()).as("units of this run in plans-service").containsExactlyInAnyOrderElementsOf(acknowledged);
        } else {
            assertThat(source.keySet()).as("units of this run in plans-service").containsAll(acknowledged);
        }
        assertThat(replica.keySet()).as("units of this run in reporting-service's replica")
                .containsExactlyInAnyOrderElementsOf(source.keySet());
        assertThat(replica.values()).as("each unit once in the replica").allMatch(count -> count == 1);
        assertThat(source.values()).as("each unit once in plans-service").allMatch(count -> count == 1);
    }

    static boolean isProblemJson(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").map(type -> type.startsWith("application/problem+json")).orElse(false);
    }
}
