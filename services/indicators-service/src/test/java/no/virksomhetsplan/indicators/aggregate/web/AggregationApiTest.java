package no.virksomhetsplan.indicators.aggregate.web;

import static no.virksomhetsplan.indicators.Fagsystem.json;
import static no.virksomhetsplan.indicators.Fagsystem.value;
import static no.virksomhetsplan.indicators.IndicatorsApi.ISSUER;
import static no.virksomhetsplan.indicators.IndicatorsApi.aKey;
import static no.virksomhetsplan.indicators.IndicatorsApi.indicator;
import static no.virksomhetsplan.indicators.IndicatorsApi.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.indicators.IndicatorsApi;
import no.virksomhetsplan.indicators.IndicatorsApi.Tree;
import no.virksomhetsplan.indicators.IndicatorsApi.Unit;
import no.virksomhetsplan.platform.orgtree.OrgTreeReplica;
import no.virksomhetsplan.testsupport.ApiClient;
import no.virksomhetsplan.testsupport.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Months add up to tertials and years by the indicator's rule, and units up to the units above them, as values arrive:
 * a report reads the aggregates and never adds up on read.
 */
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AggregationApiTest {

    private final String admin = ISSUER.token("fjordvik-admin");
    private final String fagsystem = ISSUER.token("fjordvik-fagsystem");

    @LocalServerPort
    int port;
    @Autowired
    OrgTreeReplica replica;
    IndicatorsApi indicators;
    ApiClient api;
    Tree fjordvik;

    @BeforeEach
    void aTree() {
        indicators = new IndicatorsApi(port, replica);
        api = indicators.client();
        fjordvik = indicators.aTree("fjordvik");
    }

    @Test
    void countsAddUpOverMonthsAndUnitsAndACorrectionIsFollowed() {
        String key = defined("SUM", "MONTH", true);
        Map<String, Object> february = value(key, fjordvik.first().code(), "2025-02", 20, "gerica", "f-" + UUID.randomUUID());
        deliver(value(key, fjordvik.first().code(), "2025-01", 10, "gerica", "a-" + UUID.randomUUID()), february,
                value(key, fjordvik.first().code(), "2025-05", 5, "gerica", "b-" + UUID.randomUUID()),
                value(key, fjordvik.second().code(), "2025-01", 1, "gerica", "c-" + UUID.randomUUID()));

        Map<String, String> first = aggregates(key, fjordvik.first());
        assertThat(first).containsEntry("2025-01 UNIT", "10 (1)").containsEntry("2025-T1 UNIT", "30 (2)")
                .containsEntry("2025-T2 UNIT", "5 (1)").containsEntry("2025 UNIT", "35 (3)").containsEntry("2025 SUBTREE", "35 (3)");
        assertThat(aggregates(key, fjordvik.sector())).containsEntry("2025-01 SUBTREE", "11 (2)").containsEntry("2025-T1 SUBTREE", "31 (3)")
                .containsEntry("2025 SUBTREE", "36 (4)").doesNotContainKey("2025 UNIT");
        assertThat(aggregates(key, fjordvik.top())).containsEntry("2025 SUBTREE", "36 (4)");

        deliver(Map.of("indicatorKey", key, "unitCode", fjordvik.first().code(), "period", "2025-02", "value", 25, "sourceSystem", "gerica",
                "sourceEventId", "fix-" + UUID.randomUUID(), "corrects", february.get("sourceEventId")));

        assertThat(aggregates(key, fjordvik.first())).containsEntry("2025-T1 UNIT", "35 (2)").containsEntry("2025 UNIT", "40 (3)");
        assertThat(aggregates(key, fjordvik.top())).containsEntry("2025 SUBTREE", "41 (4)");
    }

    @Test
    void ratesAreAveragedOverTertialsAndOverTheUnitsBelow() {
        String key = defined("AVERAGE", "TERTIAL", true);
        deliver(value(key, fjordvik.first().code(), "2025-T1", 6, "gerica", "a-" + UUID.randomUUID()),
                value(key, fjordvik.first().code(), "2025-T2", 8, "gerica", "b-" + UUID.randomUUID()),
                value(key, fjordvik.second().code(), "2025-T1", 4, "gerica", "c-" + UUID.randomUUID()));

        assertThat(aggregates(key, fjordvik.first())).containsEntry("2025-T1 UNIT", "6 (1)").containsEntry("2025 UNIT", "7 (2)");
        assertThat(aggregates(key, fjordvik.sector())).containsEntry("2025-T1 SUBTREE", "5 (2)").containsEntry("2025 SUBTREE", "6 (3)");
    }

    @Test
    void stocksTakeTheLatestMonthAndAddUpOverTheUnitsBelow() {
        String key = defined("LAST", "MONTH", true);
        deliver(value(key, fjordvik.first().code(), "2025-03", 12, "gerica", "a-" + UUID.randomUUID()),
                value(key, fjordvik.first().code(), "2025-01", 10, "gerica", "b-" + UUID.randomUUID()),
                value(key, fjordvik.second().code(), "2025-02", 5, "gerica", "c-" + UUID.randomUUID()));

        assertThat(aggregates(key, fjordvik.first())).containsEntry("2025-T1 UNIT", "12 (2)").containsEntry("2025 UNIT", "12 (2)");
        assertThat(aggregates(key, fjordvik.sector())).containsEntry("2025-T1 SUBTREE", "17 (3)");
    }

    @Test
    void anIndicatorThatDoesNotRollUpShowsOnlyEachUnitsOwn() {
        String key = defined("SUM", "MONTH", false);
        deliver(value(key, fjordvik.first().code(), "2025-03", 3, "gerica", "a-" + UUID.randomUUID()));

        assertThat(aggregates(key, fjordvik.first())).containsOnlyKeys("2025-03 UNIT", "2025-T1 UNIT", "2025 UNIT");
        assertThat(aggregates(key, fjordvik.sector())).isEmpty();
    }

    private String defined(String aggregation, String periodicity, boolean rollUp) {
        String key = aKey("nokkeltall");
        indicators.define(admin, indicator(key, "gerica", aggregation, periodicity, fjordvik.first(), fjordvik.second()).with("rollUp", rollUp));
        return key;
    }

    @SafeVarargs
    private void deliver(Map<String, Object>... values) {
        List<String> items = new ArrayList<>();
        for (Map<String, Object> value : values) {
            items.add(json(value));
        }
        JsonNode answer = ok(api.post(fagsystem, "/api/indicators/fagsystem/values", "[" + String.join(",", items) + "]"));
        assertThat(answer.get("stored").asInt()).as(answer.toString()).isEqualTo(values.length);
    }

    /** "period scope" → "value (count)". */
    private Map<String, String> aggregates(String key, Unit unit) {
        Map<String, String> aggregates = new HashMap<>();
        ok(api.get(ISSUER.token("fjordvik-medarbeider"), "/api/indicators/aggregates?indicatorKey=" + key + "&unitId=" + unit.id()
                + "&from=2025-01&to=2025-12")).forEach(a -> aggregates.put(a.get("period").asString() + " " + a.get("scope").asString(),
                a.get("value").decimalValue().stripTrailingZeros().toPlainString() + " (" + a.get("valueCount").asInt() + ")"));
        return aggregates;
    }
}
