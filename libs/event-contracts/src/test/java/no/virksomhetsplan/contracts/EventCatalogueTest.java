package no.virksomhetsplan.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The AsyncAPI event catalogue lists every published type, on its topic, with the schema of its record, and every
 * inbound type with a receive operation on its topic and the topic's dead letters.
 */
class EventCatalogueTest {

    private static final Path CATALOGUE = Path.of("../../docs/events/asyncapi.yaml");
    /** The header the dead-letter publisher (libs/platform DeadLetters) writes the reason into. */
    private static final String DEAD_LETTER_REASON_HEADER = "vp_dlt_reason";

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
            if (message.get("name") != null) {
                var payload = (Map<String, String>) message.get("payload");
                schemaByType.put((String) message.get("name"), payload.get("$ref"));
            }
        });

        List<String> types = new ArrayList<>(EventTypes.ALL.stream().map(EventTypes::typeOf).toList());
        types.addAll(InboundTypes.ALL);
        for (String type : types) {
            assertThat(schemaByType).as("catalogue entry for " + type).containsKey(type);
            Path schema = CATALOGUE.getParent().resolve(schemaByType.get(type)).normalize();
            assertThat(schema).as("schema of " + type).exists();
            assertThat(schema.getFileName().toString()).isEqualTo(type + ".json");
        }
        assertThat(schemaByType.keySet()).as("catalogue lists only published and inbound types")
                .containsExactlyInAnyOrderElementsOf(types);
        assertThat((Map<String, Object>) asyncApi.get("channels")).isNotEmpty();
        assertThat(List.of(Topics.ORG, Topics.PLANS, Topics.ASSIGNMENTS, Topics.CHECKLISTS, Topics.INDICATORS, Topics.INDICATOR_VALUES_IN,
                Topics.deadLetter(Topics.INDICATOR_VALUES_IN))).allSatisfy(topic ->
                assertThat(asyncApi.get("channels").toString()).contains("address=" + topic));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theInboundTopicIsReceivedAndItsDeadLettersAreDocumented() throws IOException {
        Map<String, Object> asyncApi;
        try (Reader reader = Files.newBufferedReader(CATALOGUE)) {
            asyncApi = new Yaml().load(reader);
        }
        Map<String, Map<String, Object>> operations = (Map<String, Map<String, Object>>) asyncApi.get("operations");
        Map<String, Map<String, Object>> channels = (Map<String, Map<String, Object>>) asyncApi.get("channels");
        String inbound = channelNamed(channels, Topics.INDICATOR_VALUES_IN);
        String deadLetters = channelNamed(channels, Topics.deadLetter(Topics.INDICATOR_VALUES_IN));

        assertThat(operations.values()).anySatisfy(operation -> {
            assertThat(operation.get("action")).isEqualTo("receive");
            assertThat(operation.get("channel").toString()).contains("#/channels/" + inbound);
        });
        assertThat(operations.values()).anySatisfy(operation -> {
            assertThat(operation.get("action")).isEqualTo("send");
            assertThat(operation.get("channel").toString()).contains("#/channels/" + deadLetters);
        });
        assertThat(channels.get(deadLetters).toString()).contains(DEAD_LETTER_REASON_HEADER);
    }

    private static String channelNamed(Map<String, Map<String, Object>> channels, String address) {
        return channels.entrySet().stream().filter(channel -> address.equals(channel.getValue().get("address")))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new AssertionError("no channel with address " + address));
    }
}
