package no.virksomhetsplan.contracts.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;
import no.virksomhetsplan.contracts.EventSchemas;
import no.virksomhetsplan.contracts.InboundTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public inbound contract for fagsystemer: what its schema accepts and refuses, and that its examples fit the record. */
class InboundValueContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TYPE = IndicatorValueReported.TYPE;

    @Test
    void theInboundTypeHasASchemaWhoseExamplesReadIntoTheRecord() {
        assertThat(InboundTypes.ALL).containsExactly(TYPE);
        JsonNode schema = JSON.readTree(getClass().getClassLoader().getResourceAsStream("event-schemas/" + TYPE + ".json"));

        assertThat(schema.get("examples")).hasSizeGreaterThanOrEqualTo(3);
        for (JsonNode example : schema.get("examples")) {
            assertThat(EventSchemas.violations(TYPE, example.toString())).as(example.toString()).isEmpty();
            IndicatorValueReported value = JSON.treeToValue(example, IndicatorValueReported.class);
            assertThat(value.indicatorKey()).isNotBlank();
            assertThat(value.unitId() != null || value.unitCode() != null).isTrue();
        }
    }

    @Test
    void aRecordWrittenFromTheJavaRecordIsValid() {
        var value = new IndicatorValueReported("sykefravaer-prosent", UUID.randomUUID(), null, "2027-T1",
                new BigDecimal("6.80"), "visma-hrm", "hrm-1", null);

        assertThat(EventSchemas.violations(TYPE, JSON.writeValueAsString(value).replace(",\"unitCode\":null", ""))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"unitCode\":\"2110\",\"period\":\"2027-03\",\"value\":1,\"sourceSystem\":\"gerica\",\"sourceEventId\":\"a\"}",
            "{\"indicatorKey\":\"x\",\"period\":\"2027-03\",\"value\":1,\"sourceSystem\":\"gerica\",\"sourceEventId\":\"a\"}",
            "{\"indicatorKey\":\"x\",\"unitCode\":\"2110\",\"unitId\":\"2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f\",\"period\":\"2027-03\",\"value\":1,\"sourceSystem\":\"gerica\",\"sourceEventId\":\"a\"}",
            "{\"indicatorKey\":\"x\",\"unitId\":\"not-a-uuid\",\"period\":\"2027-03\",\"value\":1,\"sourceSystem\":\"gerica\",\"sourceEventId\":\"a\"}",
            "{\"indicatorKey\":\"x\",\"unitCode\":\"2110\",\"period\":\"2027-13\",\"value\":1,\"sourceSystem\":\"gerica\",\"sourceEventId\":\"a\"}",
            "{\"indicatorKey\":\"x\",\"unitCode\":\"2110\",\"period\":\"2027-T4\",\"value\":1,\"sourceSystem\":\"gerica\",\"sourceEventId\":\"a\"}",
            "{\"indicatorKey\":\"x\",\"unitCode\":\"2110\",\"period\":\"27-03\",\"value\":1,\"sourceSystem\":\"gerica\",\"sourceEventId\":\"a\"}",
            "{\"indicatorKey\":\"x\",\"unitCode\":\"2110\",\"period\":\"2027-03\",\"value\":\"12\",\"sourceSystem\":\"gerica\",\"sourceEventId\":\"a\"}",
            "{\"indicatorKey\":\"x\",\"unitCode\":\"2110\",\"period\":\"2027-03\",\"value\":1,\"sourceSystem\":\"Gerica Pro\",\"sourceEventId\":\"a\"}",
            "{\"indicatorKey\":\"x\",\"unitCode\":\"2110\",\"period\":\"2027-03\",\"value\":1,\"sourceSystem\":\"gerica\",\"sourceEventId\":\"\"}",
            "{\"indicatorKey\":\"X Y\",\"unitCode\":\"2110\",\"period\":\"2027-03\",\"value\":1,\"sourceSystem\":\"gerica\",\"sourceEventId\":\"a\"}",
            "{\"indicatorKey\":\"x\",\"unitCode\":\"2110\",\"period\":\"2027-03\",\"value\":1,\"sourceSystem\":\"gerica\",\"sourceEventId\":\"a\",\"tenant\":\"nordlia\"}",
            "[{\"indicatorKey\":\"x\"}]"})
    void recordsThatBreakTheContractAreRefusedByTheSchema(String data) {
        assertThat(EventSchemas.violations(TYPE, data)).isNotEmpty();
    }
}
