package no.virksomhetsplan.indicators.value.application;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.virksomhetsplan.contracts.EventSchemas;
import no.virksomhetsplan.contracts.indicators.IndicatorValueReported;
import no.virksomhetsplan.indicators.value.domain.Rejection;
import no.virksomhetsplan.indicators.value.domain.RejectionCode;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON of one reported value strictly against the public contract: size, JSON, finite number, JSON Schema,
 * then the record. A record from the topic is first read in one pass by hand-written checks that accept only what is
 * certainly valid ({@link OnePassValueReader}); only the rest is parsed into a tree and checked against the schema,
 * which words the reason. The parser accepts NaN and Infinity only to refuse them by name rather than as broken JSON, and
 * refuses duplicate fields, which would otherwise silently keep the last one.
 */
@Component
public class ValueReader {

    private static final String TYPE = IndicatorValueReported.TYPE;

    private final JsonMapper json = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private final int maxBytes;

    public ValueReader(IngestionProperties properties) {
        this.maxBytes = properties.maxRecordBytes();
    }

    /** Either the value, or why it cannot be read. */
    public sealed interface Read {
    }

    public record Readable(IndicatorValueReported value) implements Read {
    }

    public record Unreadable(Rejection rejection) implements Read {
    }

    public Read read(byte[] data) {
        if (data == null || data.length == 0) {
            return refuse(RejectionCode.EMPTY, "the record has no data");
        }
        if (data.length > maxBytes) {
            return refuse(RejectionCode.TOO_LARGE, "the data is " + data.length + " bytes; a value is at most " + maxBytes);
        }
        IndicatorValueReported plain = OnePassValueReader.read(data);
        return plain != null ? new Readable(plain) : readThoroughly(data);
    }

    /** The JSON tree and the JSON Schema: for what the one-pass reader is not sure of, and the words of every refusal. */
    Read readThoroughly(byte[] data) {
        JsonNode tree;
        try {
            tree = json.readTree(data);
        } catch (JacksonException e) {
            return refuse(RejectionCode.MALFORMED_JSON, "the data is not JSON: " + e.getOriginalMessage());
        }
        return read(tree, new String(data, StandardCharsets.UTF_8));
    }

    /** One item of a REST request, already parsed by {@link #parse}. */
    public Read read(JsonNode item) {
        if (item == null || !item.isObject()) {
            return refuse(RejectionCode.SCHEMA, "a value is a JSON object");
        }
        String text = item.toString();
        if (text.length() > maxBytes) {
            return refuse(RejectionCode.TOO_LARGE, "the value is " + text.length() + " characters; a value is at most " + maxBytes);
        }
        return read(item, text);
    }

    /** @param text the item as JSON text, for the schema: as it came, or as written back from the tree */
    private Read read(JsonNode item, String text) {
        if (!item.isObject()) {
            return refuse(RejectionCode.SCHEMA, "a value is a JSON object");
        }
        JsonNode value = item.get("value");
        if (value != null && value.isNumber() && value.isFloatingPointNumber() && !value.isBigDecimal()
                && !Double.isFinite(value.doubleValue())) {
            return refuse(RejectionCode.NOT_A_FINITE_NUMBER, "the value is " + value.doubleValue() + "; it must be a finite number");
        }
        List<String> violations;
        try {
            violations = EventSchemas.violations(TYPE, text);
        } catch (IllegalArgumentException notStrictJson) {
            // NaN or Infinity in a field other than the value, which only the lenient parser took: the tree written
            // back is strict JSON, and the schema names the field.
            violations = EventSchemas.violations(TYPE, item.toString());
        }
        if (!violations.isEmpty()) {
            return refuse(RejectionCode.SCHEMA, String.join("; ", violations));
        }
        try {
            return new Readable(json.treeToValue(item, IndicatorValueReported.class));
        } catch (JacksonException e) {
            return refuse(RejectionCode.SCHEMA, e.getOriginalMessage());
        }
    }

    /** Parses a REST body the same lenient-then-strict way. @throws JacksonException if it is not JSON */
    public JsonNode parse(String body) {
        return json.readTree(body);
    }

    private static Unreadable refuse(RejectionCode code, String message) {
        return new Unreadable(Rejection.of(code, message));
    }
}
