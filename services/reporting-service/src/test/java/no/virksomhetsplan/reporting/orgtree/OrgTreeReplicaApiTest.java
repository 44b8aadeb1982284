package no.virksomhetsplan.reporting.orgtree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.org.OrgUnitCreated;
import no.virksomhetsplan.testsupport.ApiClient;
import no.virksomhetsplan.testsupport.CloudEventRecords;
import no.virksomhetsplan.testsupport.RealInfrastructure;
import no.virksomhetsplan.testsupport.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reporting keeps its own org tree from plans-service's events and shows each municipality only its own. */
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrgTreeReplicaApiTest {

    private static final TestIssuer ISSUER = TestIssuer.shared();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @LocalServerPort
    int port;

    @Test
    void unitsPublishedByPlansAppearInTheReplicaOfTheirMunicipalityOnly() throws Exception {
        ObjectNode example = schemaExample();
        UUID unit = UUID.randomUUID();
        example.put("unitId", unit.toString());
        example.putNull("parentId");
        example.putArray("ancestorIds");
        String data = JSON.writeValueAsString(example);

        kafka.send(CloudEventRecords.record(Topics.ORG, UUID.randomUUID(), OrgUnitCreated.TYPE, "fjordvik", unit.toString(), data)).get();

        var api = ApiClient.onLocalPort(port);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get(ISSUER.token("fjordvik-medarbeider"), "/api/reporting/org-units").body().contains(unit.toString()));
        JsonNode subtree = JSON.readTree(api.get(ISSUER.token("fjordvik-medarbeider"), "/api/reporting/org-units/" + unit + "/subtree").body());
        assertThat(subtree.get(0).get("name").asString()).isEqualTo(example.get("name").asString());
        assertThat(api.get(ISSUER.token("nordlia-admin"), "/api/reporting/org-units").body()).doesNotContain(unit.toString());
        assertThat(api.get(ISSUER.token("nordlia-admin"), "/api/reporting/org-units/" + unit + "/subtree").statusCode()).isEqualTo(404);
    }

    @Test
    void theReplicaIsNotPublic() {
        assertThat(ApiClient.onLocalPort(port).get(null, "/api/reporting/org-units").statusCode()).isEqualTo(401);
    }

    /** Consumers are tested with the contract's own example. */
    private static ObjectNode schemaExample() {
        JsonNode schema = JSON.readTree(OrgTreeReplicaApiTest.class.getClassLoader()
                .getResourceAsStream("event-schemas/" + OrgUnitCreated.TYPE + ".json"));
        return (ObjectNode) schema.get("examples").get(0).deepCopy();
    }
}
