package no.virksomhetsplan.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** For every published type: a schema exists, and its examples are valid and read into the Java record. */
class EveryEventTypeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final java.util.List<Class<? extends IntegrationEvent>> TYPES = EventTypes.ALL;

    @ParameterizedTest
    @FieldSource("TYPES")
    void theSchemaAndItsExamplesFitTheRecord(Class<? extends IntegrationEvent> eventClass) {
        String type = EventTypes.typeOf(eventClass);
        assertThat(type).matches("no\\.virksomhetsplan\\.[a-z-]+\\.[a-z-]+\\.v[0-9]+");
        assertThat(EventSchemas.exists(type)).as("schema for " + type).isTrue();

        JsonNode schema = JSON.readTree(getClass().getClassLoader().getResourceAsStream("event-schemas/" + type + ".json"));
        assertThat(schema.get("examples")).as("examples in the schema of " + type).isNotEmpty();
        for (JsonNode example : schema.get("examples")) {
            assertThat(EventSchemas.violations(type, example.toString())).isEmpty();
            IntegrationEvent event = JSON.treeToValue(example, eventClass);
            assertThat(event.eventType()).isEqualTo(type);
            assertThat(EventSchemas.violations(type, JSON.writeValueAsString(event))).isEmpty();
        }
    }
}
