package no.virksomhetsplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * P2 (issue 11): the status overview of the top unit and of a leaf of a large municipality, through the gateway, with
 * 50 concurrent users (each pausing about a second between an answer and the next request, ADR 0028): p95 at most
 * 50 ms at the top and 15 ms at a leaf, no errors. The same 50 users without pauses then measure the capacity behind
 * those figures (reported, not judged). Needs the municipality of
 * {@code dev/scale} loaded and the per-person rate limit raised (see dev/README.md), then
 * {@code ./mvnw -B -ntp -pl e2e verify -Pe2e -De2e.benchmark=true -Dtest=StatusOverviewBenchmark}.
 * The overview is reporting-service's (this year); {@code -De2e.overview.path=...} names another ({@code %s}: the unit id),
 * e.g. {@code /api/assignments/overview?unitId=%s}.
 */
@EnabledIfSystemProperty(named = "e2e.benchmark", matches = "true")
class StatusOverviewBenchmark {

    static final String TENANT = System.getProperty("e2e.scale.tenant", "storby");
    static final String PATH = System.getProperty("e2e.overview.path", "/api/reporting/overview?unitId=%s");
    static final int USERS = 50;
    static final Duration WARM_UP = Duration.ofSeconds(10);
    static final Duration MEASURE = Duration.ofSeconds(Long.getLong("e2e.benchmark.seconds", 30));
    static final Duration THINK = Duration.ofMillis(Long.getLong("e2e.benchmark.think-ms", 1000));
    static final double TOP_P95_MS = 50;
    static final double LEAF_P95_MS = 15;

    @Test
    void theOverviewAnswersWithinItsLimitsAtTheTopAndAtALeaf() throws Exception {
        String token = RunningSystem.token(TENANT, "virksomhetsplan-cli", "admin." + TENANT, "Skala-2027!");
        JsonNode units = JsonMapper.builder().build().readTree(RunningSystem.gateway().get(token, "/api/plans/org-units").body());
        String top = null;
        String leaf = null;
        for (JsonNode unit : units) {
            String code = unit.get("externalCode").asString();
            if (code.equals("1")) {
                top = unit.get("id").asString();
            } else if (code.equals("1-8-8-22")) {
                leaf = unit.get("id").asString();
            }
        }
        assertThat(top).as("the top unit of " + TENANT + " (load it with dev/scale)").isNotNull();
        assertThat(leaf).as("a leaf unit of " + TENANT).isNotNull();

        ClosedLoopLoad.Result atTop = measure(token, top, THINK);
        ClosedLoopLoad.Result atLeaf = measure(token, leaf, THINK);
        ClosedLoopLoad.Result topCapacity = measure(token, top, Duration.ZERO);
        ClosedLoopLoad.Result leafCapacity = measure(token, leaf, Duration.ZERO);

        BenchmarkReport.write("status-overview", String.format(Locale.ROOT, """
                ## Status overview at scale (P2), %s

                `GET %s` through the gateway, %d users each pausing %d ms on average between an answer and the next
                request, %d s measured after %d s warm-up, municipality `%s` (dev/scale); then the same users without
                pauses (capacity).

                %s
                %s
                %s
                %s
                %s

                Limits (users with pauses): p95 ≤ %.0f ms at the top (%.0f %% of it used), ≤ %.0f ms at a leaf (%.0f %%
                used); no errors.
                """, BenchmarkReport.machine(), PATH, USERS, THINK.toMillis(), MEASURE.toSeconds(), WARM_UP.toSeconds(), TENANT,
                BenchmarkReport.TABLE_HEAD,
                BenchmarkReport.row("top unit", atTop.latencies(), atTop.requests(), atTop.perSecond(), atTop.errorCount()),
                BenchmarkReport.row("leaf unit", atLeaf.latencies(), atLeaf.requests(), atLeaf.perSecond(), atLeaf.errorCount()),
                BenchmarkReport.row("top unit, no pauses", topCapacity.latencies(), topCapacity.requests(), topCapacity.perSecond(),
                        topCapacity.errorCount()),
                BenchmarkReport.row("leaf unit, no pauses", leafCapacity.latencies(), leafCapacity.requests(), leafCapacity.perSecond(),
                        leafCapacity.errorCount()),
                TOP_P95_MS, 100 * atTop.latencies().p95() / TOP_P95_MS, LEAF_P95_MS, 100 * atLeaf.latencies().p95() / LEAF_P95_MS));

        assertThat(atTop.errors()).as("errors at the top").isEmpty();
        assertThat(atLeaf.errors()).as("errors at a leaf").isEmpty();
        assertThat(topCapacity.errors()).as("errors at the top without pauses").isEmpty();
        assertThat(leafCapacity.errors()).as("errors at a leaf without pauses").isEmpty();
        assertThat(atTop.latencies().p95()).as("p95 at the top, ms").isLessThanOrEqualTo(TOP_P95_MS);
        assertThat(atLeaf.latencies().p95()).as("p95 at a leaf, ms").isLessThanOrEqualTo(LEAF_P95_MS);
    }

    private static ClosedLoopLoad.Result measure(String token, String unitId, Duration think) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RunningSystem.GATEWAY + String.format(PATH, unitId)))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).GET().build();
        return ClosedLoopLoad.run(USERS, WARM_UP, MEASURE, think, n -> request);
    }
}
