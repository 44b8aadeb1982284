package no.virksomhetsplan.plans.orgunit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.contracts.CloudEventHeaders;
import no.virksomhetsplan.contracts.EventSchemas;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.plans.orgunit.domain.OrgCalendar;
import no.virksomhetsplan.testsupport.ApiClient;
import no.virksomhetsplan.testsupport.Infrastructure;
import no.virksomhetsplan.testsupport.RealInfrastructure;
import no.virksomhetsplan.testsupport.TestIssuer;
import no.virksomhetsplan.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The org-tree API over real HTTP, PostgreSQL and Kafka. All test classes share one database, and the municipality
 * has one top unit: each test builds its own small part of the tree below the top, with codes of its own.
 */
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class OrgTreeApiTestBase {

    static final String UNITS = "/api/plans/org-units";
    static final TestIssuer ISSUER = TestIssuer.shared();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final LocalDate TODAY = LocalDate.now(OrgCalendar.NORWAY);
    static final LocalDate NEXT_NEW_YEAR = TODAY.plusYears(1).withDayOfYear(1);

    final String fjordvikAdmin = ISSUER.token("fjordvik-admin");
    final String nordliaAdmin = ISSUER.token("nordlia-admin");

    @LocalServerPort
    int port;

    /** The municipality's top unit; created by the first test that needs it. */
    synchronized UUID topOf(String adminToken) {
        JsonNode tree = JSON.readTree(get(adminToken, UNITS).body());
        for (JsonNode unit : tree) {
            if (unit.get("parentId") == null || unit.get("parentId").isNull()) {
                return id(unit);
            }
        }
        return id(created(post(adminToken, UNITS, unit(null, "Kommunen", null, "kommune"))));
    }

    /** A new unit with a code of its own under the parent, from today. */
    JsonNode aUnitUnder(UUID parent, String name) {
        return created(post(fjordvikAdmin, UNITS, unit(parent, name + " " + uniqueSuffix(), "C" + uniqueSuffix(), null)));
    }

    static String unit(UUID parent, String name, String code, String level) {
        return json("name", name, "parentId", parent, "externalCode", code, "levelName", level);
    }

    /** A JSON object of name/value pairs; null values are written as null. */
    static String json(Object... namesAndValues) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return JSON.writeValueAsString(body);
    }

    static JsonNode created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(response.body());
        assertThat(response.headers().firstValue("Location")).hasValue("/api/plans/org-units/" + id(body));
        return body;
    }

    static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** Asserts a problem+json answer and returns its detail. */
    static String problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        return JSON.readTree(response.body()).get("detail").asString();
    }

    static UUID id(JsonNode unit) {
        return UUID.fromString(unit.get("id").asString());
    }

    static long version(JsonNode unit) {
        return unit.get("version").asLong();
    }

    static List<UUID> path(JsonNode unit) {
        return unit.get("path").valueStream().map(node -> UUID.fromString(node.asString())).toList();
    }

    static List<String> names(HttpResponse<String> response) {
        return ok(response).valueStream().map(unit -> unit.get("name").asString()).toList();
    }

    static String uniqueSuffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** The unit's event of the given type as published on the org topic, after checking it against its schema. */
    static JsonNode publishedEvent(UUID unit, String type) {
        try (var topic = new TopicReader(Infrastructure.endpoints().kafkaBootstrapServers(), Topics.ORG)) {
            ConsumerRecord<String, byte[]> event = topic.awaitRecord(r -> unit.toString().equals(r.key())
                    && type.equals(TopicReader.header(r, CloudEventHeaders.TYPE)), Duration.ofSeconds(20));
            assertThat(TopicReader.header(event, CloudEventHeaders.SUBJECT)).isEqualTo(unit.toString());
            assertThat(TopicReader.header(event, CloudEventHeaders.TENANT)).isEqualTo("fjordvik");
            String data = new String(event.value(), StandardCharsets.UTF_8);
            assertThat(EventSchemas.violations(type, data)).as(data).isEmpty();
            return JSON.readTree(data);
        }
    }

    ApiClient api() {
        return ApiClient.onLocalPort(port);
    }

    HttpResponse<String> get(String token, String path) {
        return api().get(token, path);
    }

    HttpResponse<String> post(String token, String path, String json) {
        return api().post(token, path, json);
    }

    HttpResponse<String> put(String token, String path, String json) {
        return api().put(token, path, json);
    }
}
