package no.virksomhetsplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import no.virksomhetsplan.testsupport.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The walking skeleton end to end: a Fjordvik administrator, with a real Keycloak token, adds a unit through the
 * gateway; plans-service stores it and publishes it through its outbox; reporting-service's replica shows it,
 * through Kafka, within a bounded wait; and Nordlia's users see none of it.
 */
class OrgTreeFlowTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String UNITS = "/api/plans/org-units";

    private final ApiClient gateway = RunningSystem.gateway();
    private final String fjordvikAdmin = RunningSystem.tokenFor("fjordvik", "marit.holm");
    private final String nordliaAdmin = RunningSystem.tokenFor("nordlia", "ola.rud");

    @Test
    void aNewUnitReachesReportingThroughKafkaAndStaysInsideItsMunicipality() {
        UUID top = topUnit(fjordvikAdmin);
        String name = "Prosjektkontor " + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> created = gateway.post(fjordvikAdmin, UNITS,
                "{\"parentId\":\"" + top + "\",\"name\":\"" + name + "\",\"levelName\":\"avdeling\"}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JSON.readTree(created.body()).get("id").asString();
        long published = System.nanoTime();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> gateway.get(fjordvikAdmin, "/api/reporting/org-units").body().contains(id));
        System.out.printf("Unit visible in reporting-service's replica %d ms after the write was acknowledged%n",
                (System.nanoTime() - published) / 1_000_000);

        assertThat(gateway.get(nordliaAdmin, UNITS + "/" + id).statusCode()).isEqualTo(404);
        assertThat(gateway.get(nordliaAdmin, UNITS).body()).doesNotContain(id, name);
        assertThat(gateway.get(nordliaAdmin, "/api/reporting/org-units").body()).doesNotContain(id, name);
        assertThat(gateway.post(nordliaAdmin, UNITS, "{\"parentId\":\"" + id + "\",\"name\":\"Inntrenger\"}").statusCode())
                .isEqualTo(404);
    }

    /** plans-service gzips the tree for a caller that accepts it; the gateway passes it on as it is (ADR 0041). */
    @Test
    void theTreeTravelsGzippedThroughTheGateway() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RunningSystem.GATEWAY + UNITS))
                .header("Authorization", "Bearer " + fjordvikAdmin).header("Accept-Encoding", "gzip").build();

        HttpResponse<byte[]> gzipped = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());

        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String tree;
        try (InputStream unpacked = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            tree = new String(unpacked.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(gzipped.body().length).isLessThan(tree.length() / 2);
        assertThat(JSON.readTree(tree)).isEqualTo(JSON.readTree(gateway.get(fjordvikAdmin, UNITS).body()));
    }

    @Test
    void badRequestsGetClearProblemDetails() {
        HttpResponse<String> noToken = gateway.get(null, UNITS);
        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(noToken.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");

        assertThat(gateway.get(RunningSystem.masterRealmToken(), UNITS).statusCode()).isEqualTo(401);
        assertThat(gateway.get("not-a-token", UNITS).statusCode()).isEqualTo(401);

        HttpResponse<String> invalid = gateway.post(fjordvikAdmin, UNITS, "{\"name\":\"\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(invalid.body()).contains("\"field\":\"name\"");
    }

    @Test
    void aLeaderCannotChangeTheTreeAndAProfessionalSystemCannotReadIt() {
        UUID top = topUnit(fjordvikAdmin);
        String leader = RunningSystem.tokenFor("fjordvik", "per.berg");
        assertThat(gateway.post(leader, UNITS, "{\"parentId\":\"" + top + "\",\"name\":\"Ny\"}").statusCode()).isEqualTo(403);

        String fagsystem = RunningSystem.clientToken("fjordvik", "fagsystem-fjordvik", "fagsystem-fjordvik-local-demo-secret");
        assertThat(gateway.get(fagsystem, UNITS).statusCode()).isEqualTo(403);
    }

    private UUID topUnit(String adminToken) {
        HttpResponse<String> tree = gateway.get(adminToken, UNITS);
        assertThat(tree.statusCode()).as(tree.body()).isEqualTo(200);
        for (JsonNode unit : JSON.readTree(tree.body())) {
            if (unit.get("parentId") == null || unit.get("parentId").isNull()) {
                return UUID.fromString(unit.get("id").asString());
            }
        }
        HttpResponse<String> created = gateway.post(adminToken, UNITS, "{\"name\":\"Kommunen\",\"levelName\":\"kommune\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return UUID.fromString(JSON.readTree(created.body()).get("id").asString());
    }
}
