package no.virksomhetsplan.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Fjordvik's demo indicators fit its org tree and the indicator contract, and their made-up values are plausible. */
class DemoIndicatorsTest {

    private static final Path DEV = Path.of("..").toAbsolutePath().normalize();
    private static final YearMonth LAST_MONTH = YearMonth.of(2027, 2);

    private final JsonNode indicators = JsonMapper.builder().build().readTree(DEV.resolve("demo/fjordvik-indicators.json").toFile())
            .get("indicators");

    @Test
    void fifteenToTwentyIndicatorsAcrossServiceAreasOnUnitsOfTheTree() throws IOException {
        Set<String> codes = OrgUnitCsv.read(DEV.resolve("demo/fjordvik-org-units.csv")).stream()
                .map(OrgUnitCsv.OrgUnit::externalCode).collect(Collectors.toSet());
        Set<String> keys = new HashSet<>();
        Set<String> areas = new HashSet<>();
        Set<String> sources = new HashSet<>();

        assertThat(indicators.size()).isBetween(15, 20);
        for (JsonNode indicator : indicators) {
            String key = indicator.get("key").asString();
            assertThat(keys.add(key)).as("unique key " + key).isTrue();
            assertThat(key).matches("[a-z0-9][a-z0-9-]{0,99}");
            assertThat(indicator.get("names").propertyNames()).containsExactlyInAnyOrder("nb", "nn", "en");
            assertThat(indicator.get("source").asString()).matches("MANUAL|[a-z0-9][a-z0-9-]{0,49}");
            assertThat(indicator.get("aggregation").asString()).isIn("SUM", "AVERAGE", "LAST");
            assertThat(indicator.get("periodicity").asString()).isIn("MONTH", "TERTIAL", "YEAR");
            indicator.get("units").forEach(unit -> assertThat(codes).as(key + "'s unit").contains(unit.asString()));
            assertThat(indicator.get("units").toString()).as(key).doesNotContain("\"" + FagsystemSimulator.NOT_LINKED_UNIT + "\"");
            areas.add(indicator.get("serviceArea").asString());
            sources.add(indicator.get("source").asString());
        }
        assertThat(areas).hasSizeGreaterThanOrEqualTo(4);
        assertThat(sources).contains("MANUAL", "gerica", "visma-hrm");
        assertThat(codes).contains(FagsystemSimulator.NOT_LINKED_UNIT);
    }

    @Test
    void twoYearsOfValuesWithinEachIndicatorsRangeTheSameEveryTime() {
        for (JsonNode indicator : indicators) {
            List<DemoIndicatorValues.Value> values = DemoIndicatorValues.history(indicator, LAST_MONTH);
            int perUnit = switch (indicator.get("periodicity").asString()) {
                case "MONTH" -> 24;
                case "TERTIAL" -> 6;
                default -> 2;
            };
            assertThat(values).as(indicator.get("key").asString()).hasSize(perUnit * indicator.get("units").size());
            assertThat(values).allSatisfy(value -> {
                assertThat(value.value()).isBetween(indicator.get("minValue").decimalValue(), indicator.get("maxValue").decimalValue());
                assertThat(value.value().scale()).isEqualTo(indicator.get("demo").get("decimals").asInt());
                assertThat(value.period()).isLessThanOrEqualTo(LAST_MONTH.toString());
            });
            assertThat(DemoIndicatorValues.history(indicator, LAST_MONTH)).isEqualTo(values);
        }
    }

    @Test
    void periodsEndWithinTheTwoYears() {
        assertThat(DemoIndicatorValues.periodEndingIn("TERTIAL", YearMonth.of(2027, 4))).isEqualTo("2027-T1");
        assertThat(DemoIndicatorValues.periodEndingIn("TERTIAL", YearMonth.of(2027, 12))).isEqualTo("2027-T3");
        assertThat(DemoIndicatorValues.periodEndingIn("TERTIAL", YearMonth.of(2027, 5))).isNull();
        assertThat(DemoIndicatorValues.periodEndingIn("YEAR", YearMonth.of(2026, 12))).isEqualTo("2026");
        assertThat(DemoIndicatorValues.history(indicators.get(0), LAST_MONTH).get(0).period()).isEqualTo("2025-03");
    }

    @Test
    void theSimulatorsBadRecordsAreOfAtLeastTwentyKindsAndEachSaysWhichItIs() {
        DemoIndicatorValues.Value good = new DemoIndicatorValues.Value("hjemmebesok-antall", "3210", "2027-02", new BigDecimal("1400"),
                "gerica");

        List<BadRecords.Bad> bad = BadRecords.around("fjordvik", good, "mobbesaker-antall", FagsystemSimulator.NOT_LINKED_UNIT,
                LAST_MONTH);

        assertThat(bad).hasSizeGreaterThanOrEqualTo(20);
        assertThat(bad.stream().map(BadRecords.Bad::name).distinct()).hasSize(bad.size());
        assertThat(bad.stream().map(BadRecords.Bad::expectedCode).distinct().count()).isGreaterThanOrEqualTo(18);
        assertThat(bad).allSatisfy(b -> {
            assertThat(b.record().headers().lastHeader(BadRecords.CASE_HEADER)).as(b.name()).isNotNull();
            assertThat(b.record().key()).isEqualTo("hjemmebesok-antall/3210/2027-02");
        });
    }
}
