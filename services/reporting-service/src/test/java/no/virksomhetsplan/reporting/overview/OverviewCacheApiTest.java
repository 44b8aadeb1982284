package no.virksomhetsplan.reporting.overview;

import static no.virksomhetsplan.reporting.ContractEvents.assignment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.org.OrgUnitUpdated;
import no.virksomhetsplan.reporting.ApiTestBase;
import no.virksomhetsplan.reporting.ContractEvents.Event;
import no.virksomhetsplan.testsupport.OrgTree;
import no.virksomhetsplan.testsupport.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The overview cache (ADR 0031): an answer is served from the cache only while the municipality's data version is
 * the one it was built at, whoever changed the data (this replica's projections, another replica writing to the same
 * database), and only after the caller's access to the unit has been checked.
 */
class OverviewCacheApiTest extends ApiTestBase {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int YEAR = 2031;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Test
    void aCachedAnswerIsServedUntilTheVersionMovesWhoeverWrote() {
        String token = fjordvik.kommunedirektorToken();
        UUID sector = fjordvik.oppvekst.id();
        JsonNode first = overview(token, sector);
        assertThat(first.at("/unit/subtree/tasks/total").asLong()).isZero();
        double hits = hits();
        assertThat(figures(overview(token, sector))).isEqualTo(figures(first));
        assertThat(hits()).as("the second read is served from the cache").isGreaterThan(hits);

        // The replica's table has no trigger: a rename written without raising the version is not seen, which shows
        // the answer really comes from the cache ...
        jdbc.update("update org_unit_replica set name = 'Nordskogen barneskole' where tenant_id = 'fjordvik' and unit_id = ?",
                fjordvik.nordskogen.id());
        assertThat(childNames(overview(token, sector))).contains("Nordskogen skole");
        // ... and once the version moves (as the org projection does in the transaction of the change) it is.
        jdbc.queryForList("select bump_data_version_of('fjordvik')");
        assertThat(childNames(overview(token, sector))).containsExactly("Nordskogen barneskole", "Sjøbakken skole");

        // Another replica's projection writes to the same database: the trigger raises the version at its commit,
        // and this replica's next answer shows the write.
        jdbc.update("""
                insert into status_count (tenant_id, unit_id, year, month, kind, measure, own, subtree)
                values ('fjordvik', ?, ?, 0, 'TASK', 'DONE', 7, 7)""", fjordvik.sjobakken.id(), YEAR);
        JsonNode after = overview(token, sector);
        assertThat(child(after, "Sjøbakken skole").at("/subtree/tasks/total").asLong()).isEqualTo(7);
    }

    @Test
    void eventsProjectedByThisReplicaShowAtOnce() {
        String token = fjordvik.headOfHelseToken();
        UUID helse = fjordvik.helse.id();
        assertThat(overview(token, helse).at("/unit/own/assignments/total").asLong()).isZero();
        overview(token, helse);
        publish(assignment(UUID.randomUUID(), helse, "Ny turnusordning", "IN_PROGRESS", LocalDate.of(YEAR, 5, 31), null,
                false, 1));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
                .until(() -> overview(token, helse).at("/unit/own/assignments/total").asLong() == 1);

        // A rename comes as an org event to the platform's replica table, which has no trigger: the org projection
        // raises the version itself.
        String director = fjordvik.kommunedirektorToken();
        UUID top = fjordvik.kommune.id();
        assertThat(childNames(overview(director, top))).contains("Helse og velferd");
        ObjectNode renamed = JSON.valueToTree(new OrgUnitUpdated(helse, "Helse, omsorg og velferd", fjordvik.helse.code(),
                "Kommunalområde", fjordvik.headOfHelse, null, 2));
        publish(new Event(UUID.randomUUID(), Topics.ORG, OrgUnitUpdated.TYPE, helse.toString(), renamed));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
                .until(() -> childNames(overview(director, top)).contains("Helse, omsorg og velferd"));
    }

    @Test
    void theEntityTagSavesTheBodyUntilTheDataChanges() {
        String token = fjordvik.kommunedirektorToken();
        String path = "/api/reporting/overview?period=" + YEAR + "&unitId=" + fjordvik.oppvekst.id();
        HttpResponse<String> first = get(token, path, null);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("no-cache").contains("private");

        HttpResponse<String> unchanged = get(token, path, etag);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(unchanged.headers().firstValue("ETag")).contains(etag);

        jdbc.update("""
                insert into status_count (tenant_id, unit_id, year, month, kind, measure, own, subtree)
                values ('fjordvik', ?, ?, 0, 'ASSIGNMENT', 'DONE', 1, 1)""", fjordvik.nordskogen.id(), YEAR);
        HttpResponse<String> changed = get(token, path, etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        assertThat(child(JSON.readTree(changed.body()), "Nordskogen skole").at("/subtree/assignments/total").asLong())
                .isEqualTo(1);
    }

    @Test
    void aCachedAnswerIsNeverGivenToSomeoneWhoMayNotSeeTheUnit() {
        String top = "/api/reporting/overview?period=" + YEAR + "&unitId=" + fjordvik.kommune.id();
        HttpResponse<String> cached = get(fjordvik.kommunedirektorToken(), top, null);
        assertThat(cached.statusCode()).isEqualTo(200);
        String etag = cached.headers().firstValue("ETag").orElseThrow();
        assertThat(figures(JSON.readTree(get(fjordvik.kommunedirektorToken(), top, null).body())))
                .isEqualTo(figures(JSON.readTree(cached.body())));

        // A sector leader asks for the top unit, with and without the cached answer's tag: refused either way.
        for (String tag : new String[] {null, etag}) {
            HttpResponse<String> refused = get(fjordvik.headOfHelseToken(), top, tag);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(refused.body()).doesNotContain("Oppvekst og kultur");
        }
        // Without a unit, the sector leader gets their own sector, not the cached top.
        JsonNode own = JSON.readTree(get(fjordvik.headOfHelseToken(), "/api/reporting/overview?period=" + YEAR, null).body());
        assertThat(own.at("/unit/id").asString()).isEqualTo(fjordvik.helse.id().toString());
        // An employee leads nothing.
        assertThat(get(fjordvik.employeeOfNordskogenToken(), top, etag).statusCode()).isEqualTo(403);

        // The kommunedirektør of another municipality: the unit is not in theirs, and without a unit they get their own top.
        OrgTree nordlia = treeOf("nordlia");
        OrgTree.Unit nordliaTop = nordlia.top("Nordlia kommune", null);
        String nordliaDirector = TestIssuer.shared().token("nordlia-admin", Map.of("org_unit", nordliaTop.code(),
                "realm_access", Map.of("roles", List.of("kommunedirektor"))));
        HttpResponse<String> otherTenant = get(nordliaDirector, top, etag);
        assertThat(otherTenant.statusCode()).isEqualTo(404);
        assertThat(otherTenant.body()).doesNotContain("Fjordvik kommune");
        JsonNode theirs = JSON.readTree(get(nordliaDirector, "/api/reporting/overview?period=" + YEAR, null).body());
        assertThat(theirs.at("/unit/name").asString()).isEqualTo("Nordlia kommune");
    }

    private double hits() {
        return meters.get("reporting.overview.cache").tag("result", "hit").counter().count();
    }

    private JsonNode overview(String token, UUID unit) {
        HttpResponse<String> response = get(token, "/api/reporting/overview?period=" + YEAR + "&unitId=" + unit, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** The answer without its freshness block, which moves with every event projected. */
    private static JsonNode figures(JsonNode overview) {
        ObjectNode copy = (ObjectNode) overview.deepCopy();
        assertThat(copy.remove("dataAsOf")).as("the freshness block is there").isNotNull();
        return copy;
    }

    private static List<String> childNames(JsonNode overview) {
        return overview.get("children").valueStream().map(c -> c.get("name").asString()).toList();
    }

    private static JsonNode child(JsonNode overview, String name) {
        return overview.get("children").valueStream().filter(c -> c.get("name").asString().equals(name)).findFirst()
                .orElseThrow();
    }

    private HttpResponse<String> get(String token, String path, String ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void publish(Event event) {
        try {
            kafka.send(event.record("fjordvik")).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
