package no.virksomhetsplan.indicators.value.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import no.virksomhetsplan.contracts.indicators.IndicatorValueReported;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hand-written one-pass checks against the published JSON Schema: every kind of bad record and every example of
 * the schema gets the same verdict from both, and the reader as a whole gives the same answer (value, or code and
 * reason) as the thorough way alone, so the two cannot drift apart.
 */
class OnePassValueReaderTest {

    private static final String GOOD = """
            {"indicatorKey":"hjemmebesok-antall","unitCode":"3110","period":"2027-03","value":1342.5,"sourceSystem":"gerica",\
            "sourceEventId":"g-1"}""";
    private static final String UNIT_ID = "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f";

    private final ValueReader reader = new ValueReader(new IngestionProperties(4096, 1000, 2000, 3, Duration.ofSeconds(1)));

    /** Every kind of record data the inbound tests send, good and bad, with edge cases of each field. */
    static Stream<String> kinds() {
        List<String> kinds = new ArrayList<>(schemaExamples());
        kinds.addAll(List.of(
                GOOD,
                // not JSON, or not one object
                "{\"indicatorKey\": ", "{", "}", "[]", "null", "42", "\"hjemmebesok\"", "[" + GOOD + "]", GOOD + " {}", GOOD + " x",
                GOOD.replace("{", "{/* c */"), GOOD.replace('"', '\''), new String(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2},
                        StandardCharsets.ISO_8859_1),
                " \n" + GOOD + "\n ",
                // fields: duplicate, unknown, missing, both or neither unit
                GOOD.replace("{", "{\"value\":1,"), GOOD.replace("{", "{\"comment\":\"hei\","),
                GOOD.replace("{", "{\"IndicatorKey\":\"x\","), GOOD.replace(",\"sourceEventId\":\"g-1\"", ""),
                GOOD.replace("\"indicatorKey\":\"hjemmebesok-antall\",", ""), GOOD.replace("\"period\":\"2027-03\",", ""),
                GOOD.replace("\"value\":1342.5,", ""), GOOD.replace("\"sourceSystem\":\"gerica\",", ""),
                GOOD.replace("{", "{\"unitId\":\"" + UNIT_ID + "\","), GOOD.replace("\"unitCode\":\"3110\",", ""),
                GOOD.replace("\"unitCode\":\"3110\"", "\"unitId\":\"" + UNIT_ID + "\""),
                // value
                value("\"12\""), value("null"), value("true"), value("{}"), value("[1]"), value("NaN"), value("Infinity"),
                value("-Infinity"), value("+1"), value("1e400"), value("-5"), value("0"), value("-0"), value("-0.0"), value("1342.50"),
                value("1E3"), value("1.5e-7"), value("12345678901234567890123"), value("01"), value("1."), value(".5"),
                // indicatorKey
                key(""), key("a"), key("a".repeat(100)), key("a".repeat(101)), key("-a"), key("Hjemmebesok"), key("hjemme_besok"),
                key("hjemme besok"), key("9-"), key("\\u0061bc"), key("hjemmebesøk"),
                // unitId and unitCode
                unitId(UNIT_ID), unitId(UNIT_ID.toUpperCase()), unitId(UNIT_ID.replace('-', 'x')), unitId(UNIT_ID.substring(1)),
                unitId(UNIT_ID + "0"), unitId("not-a-uuid"), unitId(UNIT_ID.replace('c', 'g')),
                GOOD.replace("\"unitCode\":\"3110\"", "\"unitId\":null"), GOOD.replace("\"unitCode\":\"3110\"", "\"unitId\":42"),
                code(""), code("x"), code("x".repeat(50)), code("x".repeat(51)), code("NOPE 1"), code("ø"),
                GOOD.replace("\"3110\"", "null"), GOOD.replace("\"3110\"", "3110"),
                // period
                period("2027"), period("2027-01"), period("2027-09"), period("2027-10"), period("2027-12"), period("2027-T1"),
                period("2027-T3"), period("2027-13"), period("2027-00"), period("2027-T0"), period("2027-T4"), period("2027-1"),
                period("27-01"), period("2027/03"), period("20270"), period("2027-03-01"), period("abcd"), period("1999-12"),
                period("9999-12"), period(""), GOOD.replace("\"2027-03\"", "202703"),
                // sourceSystem and sourceEventId
                source("g"), source("g".repeat(50)), source("g".repeat(51)), source("Gerica"), source("-gerica"), source(""),
                eventId("x"), eventId("x".repeat(100)), eventId("x".repeat(101)), eventId("g 1"), eventId("g\\t1"), eventId("ø-1"),
                eventId("!~"), eventId(""), GOOD.replace("\"g-1\"", "1"), GOOD.replace("\"g-1\"", "null"),
                // corrects
                corrects("null"), corrects("\"g-0\""), corrects("\"\""), corrects("\"" + "x".repeat(100) + "\""),
                corrects("\"" + "x".repeat(101) + "\""), corrects("\"ø å\""), corrects("7"), corrects("false")));
        return kinds.stream();
    }

    /** Forms the schema may accept that the one-pass checks leave to the thorough way (no verdict of their own). */
    static Stream<String> leftToTheSchema() {
        return Stream.of(key("hjemmebesok\\n"), source("gerica\\n"), period("2027-03\\n"), period("2027\\n"),
                code("\uD83D\uDE00".repeat(30)), corrects("\"" + "\uD83D\uDE00".repeat(60) + "\""));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theHandWrittenChecksAndTheSchemaGiveTheSameVerdict(String data) {
        byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
        ValueReader.Read thorough = reader.readThoroughly(bytes);

        assertThat(OnePassValueReader.read(bytes) != null).as("accepted in one pass").isEqualTo(thorough instanceof ValueReader.Readable);
        assertThat(reader.read(bytes)).isEqualTo(thorough);
    }

    @ParameterizedTest
    @MethodSource("leftToTheSchema")
    void whatTheHandWrittenChecksAreNotSureOfIsLeftToTheSchema(String data) {
        byte[] bytes = data.getBytes(StandardCharsets.UTF_8);

        assertThat(OnePassValueReader.read(bytes)).isNull();
        assertThat(reader.read(bytes)).isEqualTo(reader.readThoroughly(bytes));
    }

    @Test
    void theSchemasExamplesAreAcceptedInOnePass() {
        assertThat(schemaExamples()).isNotEmpty().allSatisfy(example ->
                assertThat(OnePassValueReader.read(example.getBytes(StandardCharsets.UTF_8))).isNotNull());
    }

    @Test
    void theValueReadInOnePassIsTheValueReadThoroughly() {
        IndicatorValueReported value = OnePassValueReader.read(GOOD.replace("1342.5", "1342.50").getBytes(StandardCharsets.UTF_8));

        assertThat(value).isEqualTo(new IndicatorValueReported("hjemmebesok-antall", null, "3110", "2027-03",
                new java.math.BigDecimal("1342.50"), "gerica", "g-1", null));
        assertThat(new ValueReader.Readable(value)).isEqualTo(reader.readThoroughly(GOOD.replace("1342.5", "1342.50")
                .getBytes(StandardCharsets.UTF_8)));
    }

    /** Thousands of random changes to good records: whatever the one-pass reader accepts, the schema accepts as the same value. */
    @Test
    void randomlyBrokenRecordsGetTheSameAnswerBothWays() {
        Random random = new Random(6);
        List<String> seeds = new ArrayList<>(schemaExamples());
        seeds.add(GOOD);
        String alphabet = "{}[]\",:0123456789.-eE+TNaIfu ltrsx\\ø";
        int acceptedInOnePass = 0;
        for (int i = 0; i < 5_000; i++) {
            StringBuilder data = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
            for (int changes = 1 + random.nextInt(2); changes > 0; changes--) {
                int at = random.nextInt(data.length());
                switch (random.nextInt(3)) {
                    case 0 -> data.deleteCharAt(at);
                    case 1 -> data.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> data.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            byte[] bytes = data.toString().getBytes(StandardCharsets.UTF_8);
            if (bytes.length == 0) {
                continue;
            }
            ValueReader.Read thorough = reader.readThoroughly(bytes);
            IndicatorValueReported onePass = OnePassValueReader.read(bytes);
            if (onePass != null) {
                acceptedInOnePass++;
                assertThat(thorough).as(data.toString()).isEqualTo(new ValueReader.Readable(onePass));
            }
            assertThat(reader.read(bytes)).as(data.toString()).isEqualTo(thorough);
        }
        assertThat(acceptedInOnePass).as("records still valid after a random change").isPositive();
    }

    private static List<String> schemaExamples() {
        List<String> examples = new ArrayList<>();
        JsonMapper.builder().build().readTree(OnePassValueReaderTest.class.getClassLoader()
                        .getResourceAsStream("event-schemas/" + IndicatorValueReported.TYPE + ".json"))
                .get("examples").forEach(example -> examples.add(example.toString()));
        return examples;
    }

    private static String value(String json) {
        return GOOD.replace("1342.5", json);
    }

    private static String key(String key) {
        return GOOD.replace("hjemmebesok-antall", key);
    }

    private static String unitId(String id) {
        return GOOD.replace("\"unitCode\":\"3110\"", "\"unitId\":\"" + id + "\"");
    }

    private static String code(String code) {
        return GOOD.replace("\"3110\"", "\"" + code + "\"");
    }

    private static String period(String period) {
        return GOOD.replace("\"2027-03\"", "\"" + period + "\"");
    }

    private static String source(String source) {
        return GOOD.replace("\"gerica\"", "\"" + source + "\"");
    }

    private static String eventId(String id) {
        return GOOD.replace("\"g-1\"", "\"" + id + "\"");
    }

    private static String corrects(String json) {
        return GOOD.replace("}", ",\"corrects\":" + json + "}");
    }
}
