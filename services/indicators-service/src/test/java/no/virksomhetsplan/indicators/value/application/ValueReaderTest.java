package no.virksomhetsplan.indicators.value.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import no.virksomhetsplan.contracts.indicators.IndicatorValueReported;
import no.virksomhetsplan.indicators.value.domain.RejectionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The consumer side of the inbound contract: the schema's own examples are read, and each broken kind is named. */
class ValueReaderTest {

    private static final String GOOD = """
            {"indicatorKey":"hjemmebesok-antall","unitCode":"3110","period":"2027-03","value":1342.5,"sourceSystem":"gerica",\
            "sourceEventId":"g-1"}""";

    private final ValueReader reader = new ValueReader(new IngestionProperties(4096, 1000, 2000, 3, Duration.ofSeconds(1)));

    @Test
    void theSchemasExamplesAreRead() {
        JsonNode schema = JsonMapper.builder().build().readTree(getClass().getClassLoader()
                .getResourceAsStream("event-schemas/" + IndicatorValueReported.TYPE + ".json"));

        assertThat(schema.get("examples")).isNotEmpty().allSatisfy(example ->
                assertThat(reader.read(example.toString().getBytes(StandardCharsets.UTF_8))).isInstanceOf(ValueReader.Readable.class));
    }

    @Test
    void aValueIsReadExactly() {
        ValueReader.Read read = reader.read(GOOD.getBytes(StandardCharsets.UTF_8));

        assertThat(read).isInstanceOfSatisfying(ValueReader.Readable.class, readable -> {
            assertThat(readable.value().value()).isEqualByComparingTo("1342.5");
            assertThat(readable.value().unitCode()).isEqualTo("3110");
            assertThat(readable.value().corrects()).isNull();
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "NaN | \"value\":NaN | NOT_A_FINITE_NUMBER",
            "Infinity | \"value\":Infinity | NOT_A_FINITE_NUMBER",
            "minus Infinity | \"value\":-Infinity | NOT_A_FINITE_NUMBER",
            "a string | \"value\":\"1342.5\" | SCHEMA",
            "null | \"value\":null | SCHEMA",
            "a duplicate field | \"value\":1342.5,\"value\":1 | MALFORMED_JSON"})
    void aBrokenValueIsNamed(String kind, String value, RejectionCode expected) {
        String data = GOOD.replace("\"value\":1342.5", value);

        assertThat(reader.read(data.getBytes(StandardCharsets.UTF_8))).as(kind).isInstanceOfSatisfying(ValueReader.Unreadable.class,
                unreadable -> assertThat(unreadable.rejection().code()).isEqualTo(expected));
    }

    @Test
    void whatIsNoSingleObjectOfTheRightSizeIsRefused() {
        assertCode(GOOD + " {}", RejectionCode.MALFORMED_JSON);
        assertCode(GOOD.substring(0, 20), RejectionCode.MALFORMED_JSON);
        assertCode("[" + GOOD + "]", RejectionCode.SCHEMA);
        assertCode("\"hjemmebesok\"", RejectionCode.SCHEMA);
        assertCode("", RejectionCode.EMPTY);
        assertCode(GOOD.replace("g-1", "g".repeat(4100)), RejectionCode.TOO_LARGE);
    }

    private void assertCode(String data, RejectionCode expected) {
        assertThat(reader.read(data.getBytes(StandardCharsets.UTF_8))).as(data.length() > 80 ? data.substring(0, 80) : data)
                .isInstanceOfSatisfying(ValueReader.Unreadable.class, unreadable -> assertThat(unreadable.rejection().code()).isEqualTo(expected));
    }
}
