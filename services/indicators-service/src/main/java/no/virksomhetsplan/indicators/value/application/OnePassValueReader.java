package no.virksomhetsplan.indicators.value.application;

import java.math.BigDecimal;
import java.util.UUID;
import no.virksomhetsplan.contracts.indicators.IndicatorValueReported;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The common case of {@link ValueReader} in one pass over the bytes, without a JSON tree or the JSON Schema: a single
 * JSON object with only the contract's fields, each once, of the right type and form, exactly one of {@code unitId} and
 * {@code unitCode}, and a finite number. It answers only "certainly valid, and this is the value" or "not sure"; for
 * "not sure" the {@link ValueReader} reads the record the thorough way (the JSON tree and the published JSON Schema),
 * which also words the reason. So the verdict and the reason of a refused record are the schema's, and these checks
 * only need to accept nothing the schema refuses. They are hand-written copies of the schema's rules
 * ({@code event-schemas/no.virksomhetsplan.indicator-values.value-reported.v1.json}); a test runs every kind of bad
 * record and every example of the schema through both and asserts that they agree, so the two cannot drift apart.
 */
final class OnePassValueReader {

    /** Strict JSON: NaN and Infinity are not numbers here, so such a record goes the thorough way, which names them. */
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private static final int INDICATOR_KEY = 1;
    private static final int UNIT_ID = 1 << 1;
    private static final int UNIT_CODE = 1 << 2;
    private static final int PERIOD = 1 << 3;
    private static final int VALUE = 1 << 4;
    private static final int SOURCE_SYSTEM = 1 << 5;
    private static final int SOURCE_EVENT_ID = 1 << 6;
    private static final int CORRECTS = 1 << 7;
    private static final int REQUIRED = INDICATOR_KEY | PERIOD | VALUE | SOURCE_SYSTEM | SOURCE_EVENT_ID;

    private OnePassValueReader() {
    }

    /** @return the value, or null if the record is not certainly valid (then read it the thorough way) */
    static IndicatorValueReported read(byte[] data) {
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), data)) {
            return read(parser);
        } catch (JacksonException | IllegalArgumentException notPlain) {
            return null;
        }
    }

    private static IndicatorValueReported read(JsonParser parser) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        int seen = 0;
        String indicatorKey = null;
        UUID unitId = null;
        String unitCode = null;
        String period = null;
        BigDecimal value = null;
        String sourceSystem = null;
        String sourceEventId = null;
        String corrects = null;
        String name;
        while ((name = parser.nextName()) != null) {
            int field = field(name);
            if (field == 0 || (seen & field) != 0) {
                return null;
            }
            seen |= field;
            JsonToken token = parser.nextToken();
            if (field == VALUE) {
                if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                    return null;
                }
                value = parser.getDecimalValue();
                continue;
            }
            if (field == CORRECTS && token == JsonToken.VALUE_NULL) {
                continue;
            }
            if (token != JsonToken.VALUE_STRING) {
                return null;
            }
            String text = parser.getString();
            switch (field) {
                case INDICATOR_KEY -> indicatorKey = text;
                case UNIT_ID -> unitId = isUuid(text) ? UUID.fromString(text) : null;
                case UNIT_CODE -> unitCode = text;
                case PERIOD -> period = text;
                case SOURCE_SYSTEM -> sourceSystem = text;
                case SOURCE_EVENT_ID -> sourceEventId = text;
                default -> corrects = text;
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
            return null;
        }
        boolean oneUnit = (seen & (UNIT_ID | UNIT_CODE)) == UNIT_ID || (seen & (UNIT_ID | UNIT_CODE)) == UNIT_CODE;
        if ((seen & REQUIRED) != REQUIRED || !oneUnit
                || !isName(indicatorKey, 100)
                || (seen & UNIT_ID) != 0 && unitId == null
                || (seen & UNIT_CODE) != 0 && !hasLength(unitCode, 50)
                || !isPeriod(period)
                || !isName(sourceSystem, 50)
                || !isPrintableAscii(sourceEventId, 100)
                || corrects != null && !hasLength(corrects, 100)) {
            return null;
        }
        return new IndicatorValueReported(indicatorKey, unitId, unitCode, period, value, sourceSystem, sourceEventId, corrects);
    }

    private static int field(String name) {
        return switch (name) {
            case "indicatorKey" -> INDICATOR_KEY;
            case "unitId" -> UNIT_ID;
            case "unitCode" -> UNIT_CODE;
            case "period" -> PERIOD;
            case "value" -> VALUE;
            case "sourceSystem" -> SOURCE_SYSTEM;
            case "sourceEventId" -> SOURCE_EVENT_ID;
            case "corrects" -> CORRECTS;
            default -> 0;
        };
    }

    /** {@code ^[a-z0-9][a-z0-9-]{0,max-1}$}, without the trailing line break Java's {@code $} would let through. */
    private static boolean isName(String text, int max) {
        if (text == null || text.isEmpty() || text.length() > max || text.charAt(0) == '-') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** {@code ^[0-9]{4}(-(0[1-9]|1[0-2])|-T[1-3])?$} */
    private static boolean isPeriod(String text) {
        if (text == null || !(text.length() == 4 || text.length() == 7)) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        if (text.length() == 4) {
            return true;
        }
        char first = text.charAt(5);
        char second = text.charAt(6);
        return text.charAt(4) == '-' && (first == '0' && second >= '1' && second <= '9'
                || first == '1' && second >= '0' && second <= '2'
                || first == 'T' && second >= '1' && second <= '3');
    }

    /** The schema's pattern of a UUID: 8-4-4-4-12 hexadecimal digits. */
    private static boolean isUuid(String text) {
        if (text.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23
                    ? c == '-'
                    : isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** {@code ^[\x21-\x7e]+$} of at most max characters. */
    private static boolean isPrintableAscii(String text, int max) {
        if (text == null || text.isEmpty() || text.length() > max) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    /**
     * minLength 1, maxLength max. The schema counts code points; 1 to max UTF-16 characters are always 1 to max code
     * points (a longer string of surrogate pairs, which the schema may accept, goes the thorough way).
     */
    private static boolean hasLength(String text, int max) {
        return !text.isEmpty() && text.length() <= max;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
