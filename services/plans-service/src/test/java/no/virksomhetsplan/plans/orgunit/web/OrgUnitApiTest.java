package no.virksomhetsplan.plans.orgunit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.contracts.CloudEventHeaders;
import no.virksomhetsplan.contracts.EventSchemas;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.org.OrgUnitCreated;
import no.virksomhetsplan.testsupport.ApiClient;
import no.virksomhetsplan.testsupport.Infrastructure;
import no.virksomhetsplan.testsupport.RealInfrastructure;
import no.virksomhetsplan.testsupport.TestIssuer;
import no.virksomhetsplan.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrgUnitApiTest {

    private static final String UNITS = "/api/plans/org-units";
    private static final TestIssuer ISSUER = TestIssuer.shared();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String fjordvikAdmin = ISSUER.token("fjordvik-admin");
    private final String nordliaAdmin = ISSUER.token("nordlia-admin");

    @LocalServerPort
    int port;

    @Test
    void anAdminBuildsTheTreeAndEveryUnitIsPublishedAsAnEvent() {
        UUID top = topOf(fjordvikAdmin);
        String suffix = uniqueSuffix();

        JsonNode sektor = created(post(fjordvikAdmin, unit(top, "Oppvekst " + suffix, "S" + suffix, "sektor")));
        JsonNode skole = created(post(fjordvikAdmin, unit(id(sektor), "Fjordvik skole " + suffix, "V" + suffix, "virksomhet")));

        assertThat(skole.get("parentId").asString()).isEqualTo(id(sektor).toString());
        assertThat(skole.get("path").valueStream().map(JsonNode::asString).toList())
                .containsExactly(top.toString(), id(sektor).toString());
        assertThat(names(get(fjordvikAdmin, UNITS + "/" + id(sektor) + "/subtree")))
                .containsExactly("Oppvekst " + suffix, "Fjordvik skole " + suffix);
        assertThat(names(get(fjordvikAdmin, UNITS))).contains("Oppvekst " + suffix, "Fjordvik skole " + suffix);

        try (var topic = new TopicReader(Infrastructure.endpoints().kafkaBootstrapServers(), Topics.ORG)) {
            ConsumerRecord<String, byte[]> event = topic.awaitRecord(r -> id(skole).toString().equals(r.key()), Duration.ofSeconds(20));
            assertThat(TopicReader.header(event, CloudEventHeaders.TYPE)).isEqualTo(OrgUnitCreated.TYPE);
            assertThat(TopicReader.header(event, CloudEventHeaders.TENANT)).isEqualTo("fjordvik");
            assertThat(TopicReader.header(event, CloudEventHeaders.SOURCE)).isEqualTo("/virksomhetsplan/plans-service");
            assertThat(EventSchemas.violations(OrgUnitCreated.TYPE, new String(event.value()))).isEmpty();
            JsonNode data = JSON.readTree(event.value());
            assertThat(data.get("ancestorIds").valueStream().map(JsonNode::asString).toList())
                    .containsExactly(top.toString(), id(sektor).toString());
            assertThat(data.get("externalCode").asString()).isEqualTo("V" + suffix);
        }
    }

    @Test
    void anotherMunicipalityNeverSeesTheUnits() {
        UUID top = topOf(fjordvikAdmin);
        JsonNode skole = created(post(fjordvikAdmin, unit(top, "Hemmelig " + uniqueSuffix(), null, null)));

        assertThat(get(nordliaAdmin, UNITS + "/" + id(skole)).statusCode()).isEqualTo(404);
        assertThat(get(nordliaAdmin, UNITS + "/" + id(skole) + "/subtree").statusCode()).isEqualTo(404);
        assertThat(get(nordliaAdmin, UNITS).body()).doesNotContain(id(skole).toString());
        HttpResponse<String> underSomeoneElsesUnit = post(nordliaAdmin, unit(id(skole), "Inntrenger", null, null));
        assertThat(underSomeoneElsesUnit.statusCode()).isEqualTo(404);
    }

    @Test
    void onlyAdministratorsMaintainTheTree() {
        UUID top = topOf(fjordvikAdmin);

        HttpResponse<String> response = post(ISSUER.token("fjordvik-virksomhetsleder"), unit(top, "Ny avdeling", null, null));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(get(ISSUER.token("fjordvik-medarbeider"), UNITS).statusCode()).isEqualTo(200);
    }

    @Test
    void anInvalidUnitIsRefusedNamingTheFields() {
        HttpResponse<String> response = post(fjordvikAdmin, "{\"name\":\" \",\"externalCode\":\"" + "9".repeat(51) + "\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"name\"", "\"field\":\"externalCode\"");
        assertThat(post(fjordvikAdmin, "{\"name\":\"X\",\"parentId\":\"not-a-uuid\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void codesAreUniqueAndThereIsOneTop() {
        UUID top = topOf(fjordvikAdmin);
        String code = "K" + uniqueSuffix();
        created(post(fjordvikAdmin, unit(top, "Første", code, null)));

        assertThat(post(fjordvikAdmin, unit(top, "Andre", code, null)).statusCode()).isEqualTo(409);
        assertThat(post(fjordvikAdmin, unit(null, "En topp til", null, null)).statusCode()).isEqualTo(409);
        assertThat(post(fjordvikAdmin, unit(UUID.randomUUID(), "Foreldreløs", null, null)).statusCode()).isEqualTo(404);
    }

    @Test
    void withoutATokenNothingIsShown() {
        HttpResponse<String> response = get(null, UNITS);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    /** The municipality's top unit; created by the first test that needs it (all tests share one database). */
    private synchronized UUID topOf(String adminToken) {
        JsonNode tree = JSON.readTree(get(adminToken, UNITS).body());
        for (JsonNode unit : tree) {
            if (unit.get("parentId") == null || unit.get("parentId").isNull()) {
                return id(unit);
            }
        }
        return id(created(post(adminToken, unit(null, "Kommunen", null, "kommune"))));
    }

    private static String unit(UUID parent, String name, String code, String level) {
        var body = new java.util.HashMap<String, Object>();
        body.put("name", name);
        body.put("parentId", parent);
        body.put("externalCode", code);
        body.put("levelName", level);
        return JSON.writeValueAsString(body);
    }

    private static JsonNode created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(response.body());
        assertThat(response.headers().firstValue("Location")).hasValue("/api/plans/org-units/" + id(body));
        return body;
    }

    private static UUID id(JsonNode unit) {
        return UUID.fromString(unit.get("id").asString());
    }

    private static List<String> names(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).valueStream().map(unit -> unit.get("name").asString()).toList();
    }

    private static String uniqueSuffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private HttpResponse<String> get(String token, String path) {
        return ApiClient.onLocalPort(port).get(token, path);
    }

    private HttpResponse<String> post(String token, String json) {
        return ApiClient.onLocalPort(port).post(token, UNITS, json);
    }
}
