package no.virksomhetsplan.dev;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import no.virksomhetsplan.contracts.CloudEventHeaders;
import org.apache.kafka.clients.producer.ProducerRecord;
import tools.jackson.databind.json.JsonMapper;

/**
 * The records a careless fagsystem integration sends, one of each kind, each named in header
 * {@value #CASE_HEADER} and each with the reason code it is refused with (the head of {@code vp_dlt_reason} on
 * vp.indicator-values.in.v1.dlt). Built around a good value of the month, which must be sent first (same key).
 */
final class BadRecords {

    static final String CASE_HEADER = "vp_simulator_case";

    /** One bad record and the reason code it must be refused with. */
    record Bad(String name, String expectedCode, ProducerRecord<String, byte[]> record) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BadRecords() {
    }

    /**
     * @param good        a good value of the month, sent before these (they share its Kafka key, so its partition)
     * @param manualKey   an indicator entered by hand, which no fagsystem may deliver
     * @param notLinked   a unit code of the municipality the good value's indicator is not measured for
     * @param today       the month the simulator runs in (periods after it have not begun)
     */
    static List<Bad> around(String tenant, DemoIndicatorValues.Value good, String manualKey, String notLinked, YearMonth today) {
        Map<String, Object> data = DemoIndicators.asDelivered(good);
        String key = good.indicatorKey() + "/" + good.unitCode() + "/" + good.period();
        List<Bad> bad = new ArrayList<>();
        UnaryOperator<Map<String, Object>> same = UnaryOperator.identity();
        bad.add(raw(tenant, key, "malformed JSON", "MALFORMED_JSON", "{\"indicatorKey\": \"" + good.indicatorKey() + "\", "));
        bad.add(raw(tenant, key, "empty data", "EMPTY", ""));
        bad.add(changed(tenant, key, "oversized payload", "TOO_LARGE", data, d -> with(d, "sourceEventId", "x".repeat(6000))));
        bad.add(named("no ce_tenant header", "MISSING_HEADER", header(record(tenant, key, data, same), CloudEventHeaders.TENANT, null)));
        bad.add(named("another event type", "UNKNOWN_TYPE", header(record(tenant, key, data, same), CloudEventHeaders.TYPE,
                "no.virksomhetsplan.org.unit-created.v1")));
        bad.add(named("a municipality not served here", "UNKNOWN_TENANT", record("atlantis", key, data, same)));
        bad.add(changed(tenant, key, "value as a string", "SCHEMA", data, d -> with(d, "value", good.value().toPlainString())));
        bad.add(changed(tenant, key, "no source event id", "SCHEMA", data, d -> without(d, "sourceEventId")));
        bad.add(changed(tenant, key, "an unknown field", "SCHEMA", data, d -> with(d, "kommentar", "manuelt justert")));
        bad.add(changed(tenant, key, "both unit id and unit code", "SCHEMA", data, d -> with(d, "unitId", UUID.randomUUID().toString())));
        bad.add(raw(tenant, key, "NaN", "NOT_A_FINITE_NUMBER", json(with(data, "value", 424242)).replace("424242", "NaN")));
        bad.add(raw(tenant, key, "Infinity", "NOT_A_FINITE_NUMBER", json(with(data, "value", 424242)).replace("424242", "Infinity")));
        bad.add(changed(tenant, key, "an unknown indicator", "UNKNOWN_INDICATOR", data, d -> with(d, "indicatorKey", "ukjent-nokkeltall")));
        bad.add(changed(tenant, key, "another fagsystem's indicator", "WRONG_SOURCE", data, d -> with(d, "sourceSystem", "cosdoc")));
        bad.add(changed(tenant, key, "an indicator entered by hand", "WRONG_SOURCE", data, d -> with(d, "indicatorKey", manualKey)));
        bad.add(changed(tenant, key, "an unknown unit", "UNKNOWN_UNIT", data, d -> with(d, "unitCode", "9999")));
        bad.add(changed(tenant, key, "a unit the indicator is not measured for", "UNIT_NOT_LINKED", data, d -> with(d, "unitCode", notLinked)));
        bad.add(changed(tenant, key, "a tertial for a monthly indicator", "WRONG_PERIODICITY", data,
                d -> with(d, "period", today.getYear() - 1 + "-T1")));
        bad.add(changed(tenant, key, "a month that has not begun", "FUTURE_PERIOD", data, d -> with(d, "period", today.plusMonths(2).toString())));
        bad.add(changed(tenant, key, "a month before 2000", "PERIOD_OUT_OF_RANGE", data, d -> with(d, "period", "1999-12")));
        bad.add(changed(tenant, key, "a negative count", "OUT_OF_RANGE", data, d -> with(d, "value", -1)));
        bad.add(changed(tenant, key, "the same event id for another value", "EVENT_ID_REUSED", data,
                d -> with(d, "value", good.value().add(BigDecimal.ONE))));
        bad.add(changed(tenant, key, "a second value without 'corrects'", "VALUE_EXISTS", data,
                d -> with(d, "sourceEventId", good.sourceEventId() + ":again")));
        bad.add(changed(tenant, key, "a correction of a value never sent", "CORRECTS_UNKNOWN", data,
                d -> with(with(d, "sourceEventId", good.sourceEventId() + ":fix"), "corrects", "never-sent")));
        return bad;
    }

    private static Bad named(String name, String code, ProducerRecord<String, byte[]> record) {
        return new Bad(name, code, header(record, CASE_HEADER, name));
    }

    private static Bad changed(String tenant, String key, String name, String code, Map<String, Object> data,
            UnaryOperator<Map<String, Object>> change) {
        return new Bad(name, code, header(record(tenant, key, data, change), CASE_HEADER, name));
    }

    private static Bad raw(String tenant, String key, String name, String code, String data) {
        return new Bad(name, code, header(FagsystemSimulator.record(tenant, key, data.getBytes(StandardCharsets.UTF_8), "/fagsystem/careless"),
                CASE_HEADER, name));
    }

    private static ProducerRecord<String, byte[]> record(String tenant, String key, Map<String, Object> data,
            UnaryOperator<Map<String, Object>> change) {
        return FagsystemSimulator.record(tenant, key, json(change.apply(data)).getBytes(StandardCharsets.UTF_8), "/fagsystem/careless");
    }

    private static ProducerRecord<String, byte[]> header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().remove(name);
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    private static Map<String, Object> with(Map<String, Object> data, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(data);
        changed.put(field, value);
        return changed;
    }

    private static Map<String, Object> without(Map<String, Object> data, String field) {
        Map<String, Object> changed = new LinkedHashMap<>(data);
        changed.remove(field);
        return changed;
    }

    private static String json(Map<String, Object> data) {
        return JSON.writeValueAsString(data);
    }
}
