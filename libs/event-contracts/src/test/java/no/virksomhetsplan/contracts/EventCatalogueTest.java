package no.virksomhetsplan.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The AsyncAPI event catalogue lists every published type, on its topic, with the schema of its record. */
class EventCatalogueTest {

    private static final Path CATALOGUE = Path.of("../../docs/events/asyncapi.yaml");

    @Test
    @SuppressWarnings("unchecked")
    void everyPublishedTypeIsInTheCatalogueWithItsSchema() throws IOException {
        Map<String, Object> asyncApi;
        try (Reader reader = Files.newBufferedReader(CATALOGUE)) {
            asyncApi = new Yaml().load(reader);
        }
        Map<String, Object> messages = (Map<String, Object>) ((Map<String, Object>) asyncApi.get("components")).get("messages");
        Map<String, String> schemaByType = new HashMap<>();
        messages.values().forEach(m -> {
            var message = (Map<String, Object>) m;
            var payload = (Map<String, String>) message.get("payload");
            schemaByType.put((String) message.get("name"), payload.get("$ref"));
        });

        for (Class<? extends IntegrationEvent> eventClass : EventTypes.ALL) {
            String type = EventTypes.typeOf(eventClass);
            assertThat(schemaByType).as("catalogue entry for " + type).containsKey(type);
            Path schema = CATALOGUE.getParent().resolve(schemaByType.get(type)).normalize();
            assertThat(schema).as("schema of " + type).exists();
            assertThat(schema.getFileName().toString()).isEqualTo(type + ".json");
        }
        assertThat(schemaByType.keySet()).as("catalogue lists only published types")
                .containsExactlyInAnyOrderElementsOf(EventTypes.ALL.stream().map(EventTypes::typeOf).toList());
        assertThat((Map<String, Object>) asyncApi.get("channels")).isNotEmpty();
        assertThat(List.of(Topics.ORG, Topics.PLANS, Topics.ASSIGNMENTS)).allSatisfy(topic ->
                assertThat(asyncApi.get("channels").toString()).contains("address=" + topic));
    }
}
