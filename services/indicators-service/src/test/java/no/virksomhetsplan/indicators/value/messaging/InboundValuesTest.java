package no.virksomhetsplan.indicators.value.messaging;

import static no.virksomhetsplan.indicators.Fagsystem.header;
import static no.virksomhetsplan.indicators.Fagsystem.record;
import static no.virksomhetsplan.indicators.Fagsystem.value;
import static no.virksomhetsplan.indicators.IndicatorsApi.ISSUER;
import static no.virksomhetsplan.indicators.IndicatorsApi.JSON;
import static no.virksomhetsplan.indicators.IndicatorsApi.aKey;
import static no.virksomhetsplan.indicators.IndicatorsApi.indicator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.virksomhetsplan.contracts.CloudEventHeaders;
import no.virksomhetsplan.contracts.EventSchemas;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.indicators.ValuesRecorded;
import no.virksomhetsplan.indicators.Fagsystem;
import no.virksomhetsplan.indicators.IndicatorsApi;
import no.virksomhetsplan.indicators.IndicatorsApi.Tree;
import no.virksomhetsplan.platform.messaging.DeadLetters;
import no.virksomhetsplan.platform.orgtree.OrgTreeReplica;
import no.virksomhetsplan.testsupport.Infrastructure;
import no.virksomhetsplan.testsupport.RealInfrastructure;
import no.virksomhetsplan.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The public inbound topic end to end: records as fagsystemer publish them, through the real broker, into the
 * database, and the refused ones into the dead-letter topic with the original bytes and the reason.
 */
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InboundValuesTest {

    private static final String GERICA = "gerica";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String CASE_HEADER = "test_case";
    private final String admin = ISSUER.token("fjordvik-admin");

    @LocalServerPort
    int port;
    @Autowired
    OrgTreeReplica replica;
    @Autowired
    JdbcClient jdbc;

    IndicatorsApi indicators;
    Tree fjordvik;
    String homeVisits;
    String sickLeave;
    String handEntered;
    int nextMonth;

    @BeforeEach
    void aMunicipalityWithIndicatorsFromTwoFagsystems() {
        indicators = new IndicatorsApi(port, replica);
        fjordvik = indicators.aTree("fjordvik");
        homeVisits = aKey("hjemmebesok");
        sickLeave = aKey("sykefravaer");
        handEntered = aKey("mobbesaker");
        indicators.define(admin, indicator(homeVisits, GERICA, "SUM", "MONTH", fjordvik.first(), fjordvik.second()));
        indicators.define(admin, indicator(sickLeave, "visma-hrm", "AVERAGE", "TERTIAL", fjordvik.first())
                .with("minValue", 0).with("maxValue", 100));
        indicators.define(admin, indicator(handEntered, "MANUAL", "SUM", "MONTH", fjordvik.first()));
    }

    /** A value for a month nobody has used yet in this test: each good value has its own cell. */
    private Map<String, Object> aGoodValue() {
        int n = nextMonth++;
        return value(homeVisits, fjordvik.first().code(), String.format("%d-%02d", 2001 + n / 12, n % 12 + 1), 100 + n, GERICA,
                "ok-" + UUID.randomUUID());
    }

    private record Case(String name, String expectedCode, Function<String, ProducerRecord<String, byte[]>> record) {
    }

    /** Each kind of bad record, between two good ones, all on one partition (one key) in one stream. */
    @TestFactory
    Stream<DynamicTest> everyKindOfBadRecordGoesToTheDeadLettersWithItsReasonAndTheGoodOnesAroundItAreStored() {
        String key = "stream-" + UUID.randomUUID();
        String nordliaUnit = indicators.aTree("nordlia").first().id().toString();
        Map<String, Object> original = value(homeVisits, fjordvik.second().code(), "2020-01", 10, GERICA, "orig-" + UUID.randomUUID());
        Map<String, Object> corrected = with(value(homeVisits, fjordvik.second().code(), "2020-01", 11, GERICA, "corr-" + UUID.randomUUID()),
                "corrects", original.get("sourceEventId"));
        Map<String, Object> otherCell = value(homeVisits, fjordvik.second().code(), "2020-02", 20, GERICA, "other-" + UUID.randomUUID());
        String futureMonth = LocalDate.now(OrgTreeReplica.NORWAY).plusMonths(1).toString().substring(0, 7);

        List<Case> cases = List.of(
                new Case("malformed JSON", "MALFORMED_JSON", k -> record(k, "fjordvik", "{\"indicatorKey\": ".getBytes(StandardCharsets.UTF_8))),
                new Case("binary garbage", "MALFORMED_JSON", k -> record(k, "fjordvik", new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2})),
                new Case("duplicate field", "MALFORMED_JSON", k -> record(k, "fjordvik",
                        Fagsystem.json(aGoodValue()).replace("{", "{\"value\":1,").getBytes(StandardCharsets.UTF_8))),
                new Case("empty data", "EMPTY", k -> record(k, "fjordvik", new byte[0])),
                new Case("no data (tombstone)", "EMPTY", k -> record(k, "fjordvik", (byte[]) null)),
                new Case("oversized payload", "TOO_LARGE", k -> record(k, "fjordvik",
                        with(aGoodValue(), "sourceEventId", "x".repeat(5000)))),
                new Case("no ce_tenant header", "MISSING_HEADER", k -> header(record(k, "fjordvik", aGoodValue()), CloudEventHeaders.TENANT, null)),
                new Case("no ce_id header", "MISSING_HEADER", k -> header(record(k, "fjordvik", aGoodValue()), CloudEventHeaders.ID, null)),
                new Case("no headers at all", "MISSING_HEADER", k -> new ProducerRecord<>(Topics.INDICATOR_VALUES_IN, k,
                        Fagsystem.json(aGoodValue()).getBytes(StandardCharsets.UTF_8))),
                new Case("wrong spec version", "INVALID_HEADER", k -> header(record(k, "fjordvik", aGoodValue()), CloudEventHeaders.SPEC_VERSION, "0.3")),
                new Case("malformed ce_time", "INVALID_HEADER", k -> header(record(k, "fjordvik", aGoodValue()), CloudEventHeaders.TIME, "yesterday")),
                new Case("not JSON content type", "INVALID_HEADER", k -> header(record(k, "fjordvik", aGoodValue()), CloudEventHeaders.CONTENT_TYPE, "text/csv")),
                new Case("another event type", "UNKNOWN_TYPE", k -> header(record(k, "fjordvik", aGoodValue()), CloudEventHeaders.TYPE,
                        "no.virksomhetsplan.org.unit-created.v1")),
                new Case("a municipality not served here", "UNKNOWN_TENANT", k -> record(k, "atlantis", aGoodValue())),
                new Case("the tenant header names another municipality", "UNKNOWN_INDICATOR", k -> record(k, "nordlia", aGoodValue())),
                new Case("value of the wrong type", "SCHEMA", k -> record(k, "fjordvik", with(aGoodValue(), "value", "12"))),
                new Case("missing source event id", "SCHEMA", k -> record(k, "fjordvik", without(aGoodValue(), "sourceEventId"))),
                new Case("an unknown field", "SCHEMA", k -> record(k, "fjordvik", with(aGoodValue(), "comment", "hei"))),
                new Case("both unit id and code", "SCHEMA", k -> record(k, "fjordvik", with(aGoodValue(), "unitId", fjordvik.first().id().toString()))),
                new Case("neither unit id nor code", "SCHEMA", k -> record(k, "fjordvik", without(aGoodValue(), "unitCode"))),
                new Case("an array, not an object", "SCHEMA", k -> record(k, "fjordvik", ("[" + Fagsystem.json(aGoodValue()) + "]").getBytes(StandardCharsets.UTF_8))),
                new Case("malformed period", "SCHEMA", k -> record(k, "fjordvik", with(aGoodValue(), "period", "2027-13"))),
                new Case("NaN", "NOT_A_FINITE_NUMBER", k -> record(k, "fjordvik", Fagsystem.json(with(aGoodValue(), "value", 424242))
                        .replace("424242", "NaN").getBytes(StandardCharsets.UTF_8))),
                new Case("Infinity", "NOT_A_FINITE_NUMBER", k -> record(k, "fjordvik", Fagsystem.json(with(aGoodValue(), "value", 424242))
                        .replace("424242", "-Infinity").getBytes(StandardCharsets.UTF_8))),
                new Case("unknown indicator", "UNKNOWN_INDICATOR", k -> record(k, "fjordvik", with(aGoodValue(), "indicatorKey", aKey("ukjent")))),
                new Case("another fagsystem's indicator", "WRONG_SOURCE", k -> record(k, "fjordvik", with(aGoodValue(), "sourceSystem", "cosdoc"))),
                new Case("an indicator entered by hand", "WRONG_SOURCE", k -> record(k, "fjordvik", with(aGoodValue(), "indicatorKey", handEntered))),
                new Case("unknown unit code", "UNKNOWN_UNIT", k -> record(k, "fjordvik", with(aGoodValue(), "unitCode", "NOPE-" + UUID.randomUUID()))),
                new Case("unknown unit id", "UNKNOWN_UNIT", k -> record(k, "fjordvik",
                        with(without(aGoodValue(), "unitCode"), "unitId", UUID.randomUUID().toString()))),
                new Case("another municipality's unit", "UNKNOWN_UNIT", k -> record(k, "fjordvik",
                        with(without(aGoodValue(), "unitCode"), "unitId", nordliaUnit))),
                new Case("a unit the indicator is not measured for", "UNIT_NOT_LINKED", k -> record(k, "fjordvik",
                        with(aGoodValue(), "unitCode", fjordvik.elsewhere().code()))),
                new Case("a tertial for a monthly indicator", "WRONG_PERIODICITY", k -> record(k, "fjordvik", with(aGoodValue(), "period", "2020-T1"))),
                new Case("a month for a tertial indicator", "WRONG_PERIODICITY", k -> record(k, "fjordvik",
                        with(with(with(aGoodValue(), "indicatorKey", sickLeave), "sourceSystem", "visma-hrm"), "value", 5))),
                new Case("a future period", "FUTURE_PERIOD", k -> record(k, "fjordvik", with(aGoodValue(), "period", futureMonth))),
                new Case("a period before 2000", "PERIOD_OUT_OF_RANGE", k -> record(k, "fjordvik", with(aGoodValue(), "period", "1999-12"))),
                new Case("below the allowed range", "OUT_OF_RANGE", k -> record(k, "fjordvik", with(aGoodValue(), "value", -5))),
                new Case("beyond any range", "OUT_OF_RANGE", k -> record(k, "fjordvik", Fagsystem.json(with(aGoodValue(), "value", 424242))
                        .replace("424242", "1e400").getBytes(StandardCharsets.UTF_8))),
                new Case("a second value for a cell without 'corrects'", "VALUE_EXISTS", k -> record(k, "fjordvik",
                        with(original, "sourceEventId", "again-" + UUID.randomUUID()))),
                new Case("an event id used before for another value", "EVENT_ID_REUSED", k -> record(k, "fjordvik", with(original, "value", 99))),
                new Case("a correction of an unknown value", "CORRECTS_UNKNOWN", k -> record(k, "fjordvik",
                        with(with(original, "sourceEventId", "c-" + UUID.randomUUID()), "corrects", "never-sent"))),
                new Case("a correction of another cell's value", "CORRECTS_OTHER_CELL", k -> record(k, "fjordvik",
                        with(with(original, "sourceEventId", "c-" + UUID.randomUUID()), "corrects", otherCell.get("sourceEventId")))),
                new Case("a correction of a replaced value", "CORRECTS_REPLACED", k -> record(k, "fjordvik",
                        with(with(original, "sourceEventId", "c-" + UUID.randomUUID()), "corrects", original.get("sourceEventId")))),
                new Case("a value correcting itself", "CORRECTS_UNKNOWN", k -> record(k, "fjordvik",
                        with(with(original, "sourceEventId", "self"), "corrects", "self"))));

        List<ProducerRecord<String, byte[]>> stream = new ArrayList<>();
        stream.add(record(key, "fjordvik", original));
        stream.add(record(key, "fjordvik", otherCell));
        stream.add(record(key, "fjordvik", corrected));
        List<Map<String, Object>> good = new ArrayList<>(List.of(original, otherCell, corrected));
        for (Case c : cases) {
            Map<String, Object> before = aGoodValue();
            Map<String, Object> after = aGoodValue();
            good.add(before);
            good.add(after);
            stream.add(record(key, "fjordvik", before));
            stream.add(header(c.record().apply(key), CASE_HEADER, c.name()));
            stream.add(record(key, "fjordvik", after));
        }
        try (var fagsystem = new Fagsystem()) {
            fagsystem.sendAll(stream);
        }

        Map<String, ConsumerRecord<String, byte[]>> deadLetters = new HashMap<>();
        try (var dlt = new TopicReader(Infrastructure.endpoints().kafkaBootstrapServers(), Topics.deadLetter(Topics.INDICATOR_VALUES_IN))) {
            dlt.awaitRecord(r -> key.equals(r.key()) && cases.get(cases.size() - 1).name().equals(TopicReader.header(r, CASE_HEADER)), PATIENCE);
            dlt.recordsSoFar(r -> key.equals(r.key())).forEach(r -> deadLetters.put(TopicReader.header(r, CASE_HEADER), r));
        }
        await().atMost(PATIENCE).until(() -> storedCount(good) == good.size());

        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("only the bad records are dead letters", () ->
                assertThat(deadLetters.keySet()).containsExactlyInAnyOrderElementsOf(cases.stream().map(Case::name).toList())));
        tests.add(DynamicTest.dynamicTest("every good record is stored with its value", () -> {
            Map<String, BigDecimal> stored = storedValues(good);
            for (Map<String, Object> value : good) {
                assertThat(stored.get((String) value.get("sourceEventId"))).as(value.toString())
                        .isEqualByComparingTo(value.get("value").toString());
            }
        }));
        tests.add(DynamicTest.dynamicTest("the correction replaced the original, which stays in the history", () -> {
            assertThat(isCurrent(original)).isFalse();
            assertThat(isCurrent(corrected)).isTrue();
        }));
        for (Case c : cases) {
            tests.add(DynamicTest.dynamicTest(c.name() + " -> " + c.expectedCode(), () -> {
                ConsumerRecord<String, byte[]> deadLetter = deadLetters.get(c.name());
                assertThat(deadLetter).as("dead letter of " + c.name()).isNotNull();
                assertThat(TopicReader.header(deadLetter, DeadLetters.REASON_HEADER)).startsWith(c.expectedCode() + ": ");
                ProducerRecord<String, byte[]> sent = c.record().apply(key);
                assertThat(deadLetter.value() == null ? 0 : deadLetter.value().length).as("the original bytes")
                        .isEqualTo(sent.value() == null ? 0 : sent.value().length);
                assertThat(TopicReader.header(deadLetter, "kafka_dlt-original-topic")).isEqualTo(Topics.INDICATOR_VALUES_IN);
            }));
        }
        return tests.stream();
    }

    @Test
    void aMunicipalityOnboardedSinceTheServiceStartedDeliversValuesToo() throws Exception {
        String onboarded = "onboarded-" + UUID.randomUUID().toString().substring(0, 8);
        ISSUER.addRealm(onboarded);
        Tree tree = indicators.aTree(onboarded);
        String key = aKey("hjemmebesok");
        indicators.define(ISSUER.tokenInRealm(onboarded, "fjordvik-admin"), indicator(key, GERICA, "SUM", "MONTH", tree.first()));
        Map<String, Object> value = value(key, tree.first().code(), "2026-03", 42, GERICA, "onboarded-" + UUID.randomUUID());

        try (var fagsystem = new Fagsystem()) {
            fagsystem.send(record("onboarded-" + UUID.randomUUID(), onboarded, value)).get();
        }

        await().atMost(PATIENCE).until(() -> jdbc.sql("select count(*) from indicator_value where source_event_id = :id")
                .param("id", value.get("sourceEventId")).query(Long.class).single() == 1);
    }

    @Test
    void theSameValueAgainChangesNothingAndEachStoredValueIsPublishedOnce() throws Exception {
        Map<String, Object> value = value(homeVisits, fjordvik.first().code(), "2024-05", 1342, GERICA, "once-" + UUID.randomUUID());
        String key = "again-" + UUID.randomUUID();

        try (var fagsystem = new Fagsystem()) {
            fagsystem.sendAll(List.of(record(key, "fjordvik", value), record(key, "fjordvik", value)));
            fagsystem.send(record(key, "fjordvik", value)).get();
        }

        try (var topic = new TopicReader(Infrastructure.endpoints().kafkaBootstrapServers(), Topics.INDICATORS)) {
            ConsumerRecord<String, byte[]> event = topic.awaitRecord(r -> new String(r.value(), StandardCharsets.UTF_8)
                    .contains((String) value.get("sourceEventId")), PATIENCE);
            assertThat(TopicReader.header(event, CloudEventHeaders.TYPE)).isEqualTo(ValuesRecorded.TYPE);
            assertThat(TopicReader.header(event, CloudEventHeaders.TENANT)).isEqualTo("fjordvik");
            assertThat(EventSchemas.violations(ValuesRecorded.TYPE, new String(event.value(), StandardCharsets.UTF_8))).isEmpty();
            var data = recorded(event, (String) value.get("sourceEventId"));
            assertThat(data.get("period").asString()).isEqualTo("2024-05");
            assertThat(data.get("unitId").asString()).isEqualTo(fjordvik.first().id().toString());
            assertThat(data.get("previousValue").isNull()).isTrue();
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> topic.recordsSoFar(
                    r -> new String(r.value(), StandardCharsets.UTF_8).contains((String) value.get("sourceEventId"))).size() == 1);
        }
        assertThat(jdbc.sql("select count(*) from indicator_value where source_event_id = :id")
                .param("id", value.get("sourceEventId")).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aCorrectionReplacesTheValueKeepsTheHistoryAndIsPublishedWithThePreviousValue() {
        Map<String, Object> first = value(sickLeave, fjordvik.first().code(), "2025-T2", 7.5, "visma-hrm", "hrm-" + UUID.randomUUID());
        Map<String, Object> second = with(value(sickLeave, fjordvik.first().code(), "2025-T2", 6.8, "visma-hrm", "hrm-" + UUID.randomUUID()),
                "corrects", first.get("sourceEventId"));
        Map<String, Object> third = with(value(sickLeave, fjordvik.first().code(), "2025-T2", 6.9, "visma-hrm", "hrm-" + UUID.randomUUID()),
                "corrects", second.get("sourceEventId"));
        String key = sickLeave + "/" + fjordvik.first().code() + "/2025-T2";

        try (var fagsystem = new Fagsystem()) {
            fagsystem.sendAll(List.of(record(key, "fjordvik", first), record(key, "fjordvik", second), record(key, "fjordvik", third)));
        }

        await().atMost(PATIENCE).until(() -> storedCount(List.of(first, second, third)) == 3);
        List<Map<String, Object>> history = jdbc.sql("""
                select value, current, corrects, replaced_by from indicator_value
                where tenant_id = 'fjordvik' and source_event_id in (:ids) order by seq""")
                .param("ids", List.of(first.get("sourceEventId"), second.get("sourceEventId"), third.get("sourceEventId")))
                .query().listOfRows();
        assertThat(history).extracting(row -> ((BigDecimal) row.get("value")).toPlainString()).containsExactly("7.5", "6.8", "6.9");
        assertThat(history).extracting(row -> row.get("current")).containsExactly(false, false, true);
        assertThat(history.get(0).get("replaced_by")).isEqualTo(second.get("sourceEventId"));
        assertThat(history.get(2).get("corrects")).isEqualTo(second.get("sourceEventId"));

        try (var topic = new TopicReader(Infrastructure.endpoints().kafkaBootstrapServers(), Topics.INDICATORS)) {
            ConsumerRecord<String, byte[]> event = topic.awaitRecord(r -> new String(r.value(), StandardCharsets.UTF_8)
                    .contains((String) third.get("sourceEventId")), PATIENCE);
            var data = recorded(event, (String) third.get("sourceEventId"));
            assertThat(data.get("previousValue").decimalValue()).isEqualByComparingTo("6.8");
            assertThat(data.get("corrects").asString()).isEqualTo(second.get("sourceEventId"));
        }
    }

    @Test
    void aLargeBatchIsStoredWholeAcrossPartitions() {
        List<IndicatorsApi.Unit> units = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            units.add(indicators.aUnitIn(fjordvik));
        }
        String key = aKey("hjemmebesok-mange");
        indicators.define(admin, indicator(key, GERICA, "SUM", "MONTH", units.toArray(IndicatorsApi.Unit[]::new)));
        List<Map<String, Object>> values = new ArrayList<>();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (int i = 0; i < 2400; i++) {
            IndicatorsApi.Unit unit = units.get(i % units.size());
            int month = i / units.size();
            Map<String, Object> value = value(key, unit.code(), String.format("%d-%02d", 2000 + month / 12, month % 12 + 1), i, GERICA,
                    "bulk-" + UUID.randomUUID());
            values.add(value);
            records.add(record(key + "/" + unit.code() + "/" + value.get("period"), "fjordvik", value));
        }

        try (var fagsystem = new Fagsystem()) {
            fagsystem.sendAll(records);
        }

        await().atMost(PATIENCE).until(() -> storedCount(values) == values.size());
        assertThat(jdbc.sql("select sum(value) from indicator_value where tenant_id = 'fjordvik' and indicator_id = "
                + "(select id from indicator where tenant_id = 'fjordvik' and key = :key) and current")
                .param("key", key).query(BigDecimal.class).single()).isEqualByComparingTo(String.valueOf(2399L * 2400 / 2));
    }

    private long storedCount(List<Map<String, Object>> values) {
        return jdbc.sql("select count(*) from indicator_value where tenant_id = 'fjordvik' and source_event_id in (:ids)")
                .param("ids", values.stream().map(v -> v.get("sourceEventId")).toList()).query(Long.class).single();
    }

    private Map<String, BigDecimal> storedValues(List<Map<String, Object>> values) {
        return jdbc.sql("select source_event_id, value from indicator_value where tenant_id = 'fjordvik' and source_event_id in (:ids)")
                .param("ids", values.stream().map(v -> v.get("sourceEventId")).toList())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getBigDecimal(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private boolean isCurrent(Map<String, Object> value) {
        return jdbc.sql("select current from indicator_value where tenant_id = 'fjordvik' and source_event_id = :id")
                .param("id", value.get("sourceEventId")).query(Boolean.class).single();
    }

    private static Map<String, Object> with(Map<String, Object> value, String field, Object content) {
        Map<String, Object> changed = new LinkedHashMap<>(value);
        changed.put(field, content);
        return changed;
    }

    private static Map<String, Object> without(Map<String, Object> value, String field) {
        Map<String, Object> changed = new LinkedHashMap<>(value);
        changed.remove(field);
        return changed;
    }

    /** The one value with this source event id in a value-recorded event (v2: the values of an indicator stored together). */
    private static JsonNode recorded(ConsumerRecord<String, byte[]> event, String sourceEventId) {
        var values = JSON.readTree(event.value()).get("values").valueStream()
                .filter(one -> one.get("sourceEventId").asString().equals(sourceEventId)).toList();
        assertThat(values).as("the value " + sourceEventId + " once in the event").hasSize(1);
        return values.get(0);
    }
}
