package no.virksomhetsplan.assignments.settings;

import static no.virksomhetsplan.assignments.AssignmentsApi.ASSIGNMENTS;
import static no.virksomhetsplan.assignments.AssignmentsApi.ISSUER;
import static no.virksomhetsplan.assignments.AssignmentsApi.JSON;
import static no.virksomhetsplan.assignments.AssignmentsApi.aVerbalvedtak;
import static no.virksomhetsplan.assignments.AssignmentsApi.assertProblem;
import static no.virksomhetsplan.assignments.AssignmentsApi.json;
import static no.virksomhetsplan.assignments.AssignmentsApi.with;
import static no.virksomhetsplan.testsupport.People.aUsername;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.assignments.ApiTestBase;
import no.virksomhetsplan.contracts.EventSchemas;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.plans.MunicipalitySettingsChanged;
import no.virksomhetsplan.contracts.plans.PlanYearChanged;
import no.virksomhetsplan.testsupport.CloudEventRecords;
import no.virksomhetsplan.testsupport.OrgTree.Unit;
import no.virksomhetsplan.testsupport.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The assignment types and closed plan years come from plans-service's events: the defaults hold until a
 * municipality's settings arrive, a newer snapshot replaces an older one, an older one changes nothing. Nordlia is used
 * here only, so its settings are this test's own.
 */
class SettingsReplicaApiTest extends ApiTestBase {

    private static final String NORDLIA = "nordlia";

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Test
    void assignmentTypesAndClosedYearsFollowPlansServicesEvents() throws Exception {
        Unit top = treeOf(NORDLIA).top("Nordlia kommune", null);
        String leader = ISSUER.token("nordlia-admin", Map.of("org_unit", top.code(), "preferred_username", aUsername("nils.nord"),
                "realm_access", Map.of("roles", List.of("kommunedirektor"))));
        LocalDate deadline = LocalDate.of(2027, 6, 1);
        assertThat(create(leader, "TILTAK", deadline)).as("the defaults before any settings arrive").isEqualTo(201);

        long version = System.currentTimeMillis();
        publishSettings(version, Map.of("VERBALVEDTAK", true, "TILTAK", false, "INTERPELLASJON", true));
        await().atMost(Duration.ofSeconds(20)).until(() -> create(leader, "INTERPELLASJON", deadline) == 201);
        assertProblem(api.client().post(leader, ASSIGNMENTS, json(with(aVerbalvedtak("Tiltak", deadline), "type", "TILTAK"))),
                422, "no longer in use");

        publishSettings(version - 1, Map.of("TILTAK", true, "OLD_MARKER", true));
        publishSettings(version + 1, Map.of("VERBALVEDTAK", true, "TILTAK", false, "INTERPELLASJON", true, "NEW_MARKER", true));
        await().atMost(Duration.ofSeconds(20)).until(() -> create(leader, "NEW_MARKER", deadline) == 201);
        assertThat(create(leader, "OLD_MARKER", deadline)).as("an older snapshot changes nothing").isEqualTo(422);
        assertThat(create(leader, "TILTAK", deadline)).isEqualTo(422);

        publish(PlanYearChanged.TYPE, "plan-year/2032", JSON.writeValueAsString(new PlanYearChanged(2032, "CLOSED", 3)));
        await().atMost(Duration.ofSeconds(20)).until(() -> create(leader, "VERBALVEDTAK", LocalDate.of(2032, 3, 1)) == 422);
        assertThat(create(fjordvik.kommunedirektorToken(), "VERBALVEDTAK", LocalDate.of(2032, 3, 1)))
                .as("another municipality's year is its own").isEqualTo(201);
    }

    private int create(String token, String type, LocalDate deadline) {
        return api.client().post(token, ASSIGNMENTS, json(with(aVerbalvedtak("Vedtak av type " + type, deadline), "type", type)))
                .statusCode();
    }

    /** The schema's own example, with these assignment types (code → active) and version. */
    private void publishSettings(long version, Map<String, Boolean> types) throws Exception {
        JsonNode schema = JSON.readTree(getClass().getClassLoader()
                .getResourceAsStream("event-schemas/" + MunicipalitySettingsChanged.TYPE + ".json"));
        ObjectNode example = (ObjectNode) schema.get("examples").get(0).deepCopy();
        ArrayNode list = example.putArray("assignmentTypes");
        types.forEach((code, active) -> {
            ObjectNode type = list.addObject();
            type.put("code", code);
            type.putObject("labels").put("nb", code).put("nn", code).put("en", code);
            type.put("active", active);
        });
        example.put("version", version);
        String data = JSON.writeValueAsString(example);
        assertThat(EventSchemas.violations(MunicipalitySettingsChanged.TYPE, data)).isEmpty();
        publish(MunicipalitySettingsChanged.TYPE, "municipality-settings", data);
    }

    private void publish(String type, String subject, String data) throws Exception {
        kafka.send(CloudEventRecords.record(Topics.PLANS, UUID.randomUUID(), type, NORDLIA, subject, data)).get();
    }
}
