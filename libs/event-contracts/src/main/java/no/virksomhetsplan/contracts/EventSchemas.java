package no.virksomhetsplan.contracts;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas of the published events, one file per type under {@code event-schemas/<type>.json}.
 * Producers validate what they send in their tests; consumers may validate what they receive.
 */
public final class EventSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** True if a schema is published for this type. */
    public static boolean exists(String type) {
        return EventSchemas.class.getClassLoader().getResource(location(type)) != null;
    }

    /**
     * Validates event data against the schema of its type.
     *
     * @return the violations, empty when the data is valid
     * @throws IllegalArgumentException if no schema is published for the type or the data is not JSON
     */
    public static List<String> violations(String type, String json) {
        JsonSchema schema = CACHE.computeIfAbsent(type, EventSchemas::load);
        try {
            return schema.validate(json, com.networknt.schema.InputFormat.JSON).stream()
                    .map(ValidationMessage::getMessage)
                    .toList();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("event data is not valid JSON", e);
        }
    }

    private static JsonSchema load(String type) {
        try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(location(type))) {
            if (in == null) {
                throw new IllegalArgumentException("no JSON Schema published for event type " + type);
            }
            return FACTORY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String location(String type) {
        return "event-schemas/" + type + ".json";
    }
}
