package no.virksomhetsplan.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.contracts.org.OrgUnitCreated;
import no.virksomhetsplan.contracts.org.OrgUnitMoved;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EventSchemasTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aSerializedOrgUnitCreatedMatchesItsSchema() {
        var event = new OrgUnitCreated(UUID.randomUUID(), UUID.randomUUID(), List.of(UUID.randomUUID()),
                "Fjordvik skole", "2110", "virksomhet", 1);

        String data = json.writeValueAsString(event);

        assertThat(EventSchemas.violations(OrgUnitCreated.TYPE, data)).isEmpty();
        assertThat(json.readTree(data).propertyNames()).doesNotContain("eventType", "subject");
    }

    @Test
    void theTopOfTheTreeHasNoParent() {
        var top = new OrgUnitCreated(UUID.randomUUID(), null, List.of(), "Fjordvik kommune", "1000", "kommune", 1);

        assertThat(EventSchemas.violations(OrgUnitCreated.TYPE, json.writeValueAsString(top))).isEmpty();
    }

    @Test
    void daysAreWrittenAsCalendarDates() {
        UUID unit = UUID.randomUUID();
        var moved = new OrgUnitMoved(unit, UUID.randomUUID(), UUID.randomUUID(), List.of(UUID.randomUUID()),
                LocalDate.of(2027, 1, 1), 2);

        String data = json.writeValueAsString(moved);

        assertThat(json.readTree(data).get("validFrom").asString()).isEqualTo("2027-01-01");
        assertThat(EventSchemas.violations(OrgUnitMoved.TYPE, data)).isEmpty();
        assertThat(EventSchemas.violations(OrgUnitMoved.TYPE, data.replace("2027-01-01", "1 January 2027"))).isNotEmpty();
    }

    @Test
    void dataThatBreaksTheContractIsReported() {
        String missingName = """
                {"unitId":"7f3c2a9e-4b1d-4c5e-9a7b-2d1e0f3a4b5c","ancestorIds":[],"version":0,"colour":"red"}""";

        assertThat(EventSchemas.violations(OrgUnitCreated.TYPE, missingName))
                .anySatisfy(v -> assertThat(v).contains("name"))
                .anySatisfy(v -> assertThat(v).contains("version"))
                .anySatisfy(v -> assertThat(v).contains("colour"));
    }

    @Test
    void theSchemasOwnExamplesAreValid() {
        JsonNode schema = json.readTree(getClass().getClassLoader()
                .getResourceAsStream("event-schemas/" + OrgUnitCreated.TYPE + ".json"));

        assertThat(schema.get("examples")).isNotEmpty();
        schema.get("examples").forEach(example ->
                assertThat(EventSchemas.violations(OrgUnitCreated.TYPE, example.toString())).isEmpty());
    }

    @Test
    void anUnknownTypeHasNoSchema() {
        assertThat(EventSchemas.exists("no.virksomhetsplan.nothing.v1")).isFalse();
        assertThatThrownBy(() -> EventSchemas.violations("no.virksomhetsplan.nothing.v1", "{}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
