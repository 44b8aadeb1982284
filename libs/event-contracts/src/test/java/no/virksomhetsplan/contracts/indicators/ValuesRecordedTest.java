package no.virksomhetsplan.contracts.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import no.virksomhetsplan.contracts.EventSchemas;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Version 2 of value-recorded carries what version 1 did, for each of its values. */
class ValuesRecordedTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void eachValueOfAVersion2EventIsTheVersion1EventItReplaces() {
        JsonNode schema = JSON.readTree(getClass().getClassLoader().getResourceAsStream(
                "event-schemas/" + ValuesRecorded.TYPE + ".json"));
        ValuesRecorded correction = JSON.treeToValue(schema.get("examples").get(1), ValuesRecorded.class);

        var perValue = correction.perValue();

        assertThat(perValue).hasSize(1);
        ValueRecorded v1 = perValue.get(0);
        assertThat(EventSchemas.violations(ValueRecorded.TYPE, JSON.writeValueAsString(v1))).isEmpty();
        assertThat(v1.indicatorId()).isEqualTo(correction.indicatorId());
        assertThat(v1.value()).isEqualByComparingTo("1351");
        assertThat(v1.previousValue()).isEqualByComparingTo("1342");
        assertThat(v1.corrects()).isEqualTo("gerica-2027-03-3110-hb");
        assertThat(v1.recordedAt()).isEqualTo(correction.recordedAt());
        assertThat(v1.subject()).as("v1 was keyed by the cell").endsWith("/period/2027-03");
    }
}
