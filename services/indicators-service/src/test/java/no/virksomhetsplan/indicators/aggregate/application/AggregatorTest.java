package no.virksomhetsplan.indicators.aggregate.application;

import static no.virksomhetsplan.indicators.Fagsystem.json;
import static no.virksomhetsplan.indicators.Fagsystem.value;
import static no.virksomhetsplan.indicators.IndicatorsApi.ISSUER;
import static no.virksomhetsplan.indicators.IndicatorsApi.aKey;
import static no.virksomhetsplan.indicators.IndicatorsApi.assertProblem;
import static no.virksomhetsplan.indicators.IndicatorsApi.indicator;
import static no.virksomhetsplan.indicators.IndicatorsApi.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import no.virksomhetsplan.indicators.IndicatorsApi;
import no.virksomhetsplan.indicators.IndicatorsApi.Tree;
import no.virksomhetsplan.indicators.IndicatorsApi.Unit;
import no.virksomhetsplan.indicators.aggregate.domain.AggregateScope;
import no.virksomhetsplan.indicators.aggregate.domain.Aggregates;
import no.virksomhetsplan.indicators.definition.domain.IndicatorDefinition;
import no.virksomhetsplan.indicators.definition.domain.IndicatorDefinitions;
import no.virksomhetsplan.indicators.orgunit.domain.Units;
import no.virksomhetsplan.indicators.period.domain.Period;
import no.virksomhetsplan.platform.orgtree.OrgTreeReplica;
import no.virksomhetsplan.testsupport.ApiClient;
import no.virksomhetsplan.testsupport.RealInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Batches of values only append to the journal; the aggregator folds it into the aggregates. Reads wait for what was
 * stored before them, corrections fold as differences (also a value and its corrections in one fold), and two
 * aggregators (two replicas) never fold the same change twice.
 */
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AggregatorTest {

    private final String admin = ISSUER.token("fjordvik-admin");
    private final String fagsystem = ISSUER.token("fjordvik-fagsystem");
    private final String reader = ISSUER.token("fjordvik-medarbeider");

    @LocalServerPort
    int port;
    @Autowired
    OrgTreeReplica replica;
    @Autowired
    Aggregator aggregator;
    @Autowired
    Aggregates aggregates;
    @Autowired
    IndicatorDefinitions definitions;
    @Autowired
    Units units;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;
    IndicatorsApi indicators;
    ApiClient api;
    Tree fjordvik;

    @BeforeEach
    void aTree() {
        indicators = new IndicatorsApi(port, replica);
        api = indicators.client();
        fjordvik = indicators.aTree("fjordvik");
    }

    @AfterEach
    void theAggregatorRunsAgain() {
        aggregator.start();
    }

    @Test
    void aReadWaitsForTheValuesStoredBeforeItAndAValueWithItsCorrectionsFoldsAsOne() throws Exception {
        String key = defined("SUM");
        aggregator.stop();
        Map<String, Object> february = value(key, fjordvik.first().code(), "2025-02", 20, "gerica", "f-" + UUID.randomUUID());
        deliver(value(key, fjordvik.first().code(), "2025-01", 10, "gerica", "a-" + UUID.randomUUID()), february,
                value(key, fjordvik.sector().code(), "2025-01", 7, "gerica", "s-" + UUID.randomUUID()),
                value(key, fjordvik.second().code(), "2025-01", 1, "gerica", "b-" + UUID.randomUUID()));
        Map<String, Object> fix = correction(february, 25);
        deliver(fix);
        deliver(correction(fix, 30));

        assertThat(kept(key, fjordvik.first())).as("the values are stored, their tertial and year not yet folded")
                .containsEntry("2025-02 UNIT", "30 (1)").doesNotContainKey("2025 UNIT");
        CompletableFuture<Map<String, String>> read = CompletableFuture.supplyAsync(() -> aggregates(key, fjordvik.sector()));
        Thread.sleep(500);
        assertThat(read).as("the read waits for the aggregator").isNotDone();

        aggregator.start();

        assertThat(read.get(20, TimeUnit.SECONDS)).containsEntry("2025 UNIT", "7 (1)").containsEntry("2025-01 SUBTREE", "18 (3)")
                .containsEntry("2025 SUBTREE", "48 (4)");
        assertThat(aggregates(key, fjordvik.first())).containsEntry("2025-T1 UNIT", "40 (2)").containsEntry("2025 SUBTREE", "40 (2)");
        assertThat(aggregates(key, fjordvik.top())).containsEntry("2025 SUBTREE", "48 (4)").doesNotContainKey("2025 UNIT");
        assertThat(pending(key)).isFalse();
    }

    @Test
    void aReadGivesUpWhenTheAggregatorDoesNotCatchUp() {
        String key = defined("SUM");
        aggregator.stop();
        deliver(value(key, fjordvik.first().code(), "2025-01", 10, "gerica", "a-" + UUID.randomUUID()));
        var impatient = new Aggregator(aggregates, units, transactions, new AggregationProperties(Duration.ofMillis(200), 1000,
                Duration.ofMillis(300)));

        assertThatThrownBy(() -> impatient.awaitFolded("fjordvik", definition(key).id().value()))
                .isInstanceOf(AggregatesBehindException.class);
    }

    @Test
    void aReadThatWaitedInVainIsAnsweredWith503AndWhenToAskAgain() {
        String key = defined("SUM");
        aggregator.stop();
        deliver(value(key, fjordvik.first().code(), "2025-01", 10, "gerica", "a-" + UUID.randomUUID()));

        var response = api.get(reader, "/api/indicators/aggregates?indicatorKey=" + key + "&unitId=" + fjordvik.first().id()
                + "&from=2025-01&to=2025-12");

        assertProblem(response, 503, "ask again");
        assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
    }

    @Test
    void stocksFollowCorrectionsOfTheLatestMonthAndOfEarlierOnes() {
        String key = defined("LAST");
        Map<String, Object> march = value(key, fjordvik.first().code(), "2025-03", 12, "gerica", "m-" + UUID.randomUUID());
        Map<String, Object> january = value(key, fjordvik.first().code(), "2025-01", 10, "gerica", "j-" + UUID.randomUUID());
        deliver(march, january, value(key, fjordvik.second().code(), "2025-02", 5, "gerica", "b-" + UUID.randomUUID()),
                value(key, fjordvik.sector().code(), "2025-02", 2, "gerica", "s-" + UUID.randomUUID()));
        assertThat(aggregates(key, fjordvik.first())).containsEntry("2025-T1 UNIT", "12 (2)");
        assertThat(aggregates(key, fjordvik.sector())).as("12 + 5 + 2").containsEntry("2025-T1 SUBTREE", "19 (4)");

        deliver(correction(march, 9));
        assertThat(aggregates(key, fjordvik.first())).containsEntry("2025-T1 UNIT", "9 (2)").containsEntry("2025 UNIT", "9 (2)");
        assertThat(aggregates(key, fjordvik.top())).containsEntry("2025-T1 SUBTREE", "16 (4)").containsEntry("2025 SUBTREE", "16 (4)");

        deliver(correction(january, 11));
        assertThat(aggregates(key, fjordvik.first())).as("January is not the latest month").containsEntry("2025-T1 UNIT", "9 (2)")
                .containsEntry("2025-01 UNIT", "11 (1)");
        assertThat(aggregates(key, fjordvik.top())).containsEntry("2025-T1 SUBTREE", "16 (4)");
    }

    @Test
    void aCorrectionIsNeverFoldedBeforeTheValueItCorrectsWhereverItLiesInTheJournal() {
        String key = defined("LAST");
        UUID indicatorId = definition(key).id().value();
        aggregator.stop();
        long earlier = jdbc.sql("select nextval(pg_get_serial_sequence('indicator_aggregate_delta', 'seq'))").query(Long.class).single();
        long later = jdbc.sql("select nextval(pg_get_serial_sequence('indicator_aggregate_delta', 'seq'))").query(Long.class).single();
        journal(later, indicatorId, 12, 10);
        journal(earlier, indicatorId, 10, null);
        var oneAtATime = new Aggregator(aggregates, units, transactions, new AggregationProperties(Duration.ofMillis(200), 1,
                Duration.ofSeconds(5)));

        while (oneAtATime.foldOnce() > 0) {
            List<Long> pending = jdbc.sql("select seq from indicator_aggregate_delta where indicator_id = :indicator")
                    .param("indicator", indicatorId).query(Long.class).list();
            assertThat(pending.contains(earlier) && !pending.contains(later)).as("the correction folded before its value").isFalse();
        }

        assertThat(kept(key, fjordvik.first())).containsEntry("2025-T1 UNIT", "12 (1)");
        assertThat(kept(key, fjordvik.sector())).containsEntry("2025-T1 SUBTREE", "12 (1)");
    }

    /** A change in the journal of March 2025 for the first unit, with its place in the journal's order given. */
    private void journal(long seq, UUID indicatorId, int value, Integer previous) {
        jdbc.sql("""
                insert into indicator_aggregate_delta (seq, tenant_id, indicator_id, aggregation, roll_up, unit_id, period, value, previous)
                overriding system value
                values (:seq, 'fjordvik', :indicator, 'LAST', true, :unit, '2025-03', :value, :previous)""")
                .param("seq", seq).param("indicator", indicatorId).param("unit", fjordvik.first().id()).param("value", value)
                .param("previous", previous, java.sql.Types.INTEGER).update();
    }

    @Test
    void twoAggregatorsNeverFoldTheSameChangeTwice() throws Exception {
        String key = defined("SUM");
        var secondReplica = new Aggregator(aggregates, units, transactions, new AggregationProperties(Duration.ofMillis(10), 50,
                Duration.ofSeconds(20)));
        Unit[] cells = {fjordvik.first(), fjordvik.second(), fjordvik.sector()};
        Map<Integer, BigDecimal> expectedPerYear = new HashMap<>();
        List<List<Map<String, Object>>> batches = new ArrayList<>();
        for (int batch = 0; batch < 20; batch++) {
            List<Map<String, Object>> values = new ArrayList<>();
            for (int i = 0; i < 36; i++) {
                int n = batch * 36 + i;
                int month = n / cells.length;
                int year = 2001 + month / 12;
                values.add(value(key, cells[n % cells.length].code(), String.format("%d-%02d", year, month % 12 + 1), n % 97, "gerica",
                        "r-" + UUID.randomUUID()));
                expectedPerYear.merge(year, BigDecimal.valueOf(n % 97), BigDecimal::add);
            }
            batches.add(values);
        }
        ExecutorService fagsystems = Executors.newFixedThreadPool(4);
        secondReplica.start();
        try {
            List<CompletableFuture<Void>> deliveries = batches.stream()
                    .map(values -> CompletableFuture.runAsync(() -> deliver(values.toArray(Map[]::new)), fagsystems)).toList();
            CompletableFuture.allOf(deliveries.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } finally {
            fagsystems.shutdown();
        }
        try {
            for (String[] range : new String[][] {{"2001-01", "2010-12"}, {"2011-01", "2020-12"}}) {
                Map<String, String> top = aggregates(key, fjordvik.top(), range[0], range[1]);
                for (int year = Integer.parseInt(range[0].substring(0, 4)); year <= Integer.parseInt(range[1].substring(0, 4)); year++) {
                    assertThat(top).containsEntry(year + " SUBTREE", expectedPerYear.get(year).toPlainString() + " (36)");
                }
            }
        } finally {
            secondReplica.stop();
        }
        assertThat(pending(key)).isFalse();
    }

    @Test
    void whileOneAggregatorFoldsAnotherFoldsNothing() {
        String key = defined("SUM");
        aggregator.stop();
        deliver(value(key, fjordvik.first().code(), "2025-01", 10, "gerica", "a-" + UUID.randomUUID()));
        var secondReplica = new Aggregator(aggregates, units, transactions, new AggregationProperties(Duration.ofMillis(200), 1000,
                Duration.ofSeconds(5)));

        Integer foldedMeanwhile = new TransactionTemplate(transactions).execute(status -> {
            assertThat(aggregates.becomeTheAggregator()).isTrue();
            return CompletableFuture.supplyAsync(secondReplica::foldOnce).join();
        });

        assertThat(foldedMeanwhile).isZero();
        assertThat(pending(key)).isTrue();
        assertThat(secondReplica.foldOnce()).as("the journal's changes, once the other is done").isPositive();
        assertThat(pending(key)).isFalse();
    }

    private String defined(String aggregation) {
        String key = aKey("nokkeltall");
        indicators.define(admin, indicator(key, "gerica", aggregation, "MONTH", fjordvik.first(), fjordvik.second(), fjordvik.sector())
                .with("rollUp", true));
        return key;
    }

    private IndicatorDefinition definition(String key) {
        return definitions.findByKey("fjordvik", key).orElseThrow();
    }

    private boolean pending(String key) {
        return aggregates.lastPending("fjordvik", definition(key).id().value()).isPresent();
    }

    private static Map<String, Object> correction(Map<String, Object> corrected, int newValue) {
        Map<String, Object> correction = new LinkedHashMap<>(corrected);
        correction.put("value", newValue);
        correction.put("sourceEventId", "fix-" + UUID.randomUUID());
        correction.put("corrects", corrected.get("sourceEventId"));
        return correction;
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

    private Map<String, String> aggregates(String key, Unit unit) {
        return aggregates(key, unit, "2025-01", "2025-12");
    }

    /** Through the API, which waits for the aggregator: "period scope" → "value (count)". */
    private Map<String, String> aggregates(String key, Unit unit, String from, String to) {
        Map<String, String> aggregates = new HashMap<>();
        ok(api.get(reader, "/api/indicators/aggregates?indicatorKey=" + key + "&unitId=" + unit.id() + "&from=" + from + "&to=" + to))
                .forEach(a -> aggregates.put(a.get("period").asString() + " " + a.get("scope").asString(),
                        a.get("value").decimalValue().stripTrailingZeros().toPlainString() + " (" + a.get("valueCount").asInt() + ")"));
        return aggregates;
    }

    /** As kept now, without waiting for the aggregator. */
    private Map<String, String> kept(String key, Unit unit) {
        Map<String, String> kept = new HashMap<>();
        aggregates.of("fjordvik", definition(key), unit.id(), Period.parse("2025-01"), Period.parse("2025-12"),
                        List.of(AggregateScope.UNIT, AggregateScope.SUBTREE))
                .forEach(a -> kept.put(a.period() + " " + a.scope(), a.value().stripTrailingZeros().toPlainString() + " (" + a.valueCount() + ")"));
        return kept;
    }
}
