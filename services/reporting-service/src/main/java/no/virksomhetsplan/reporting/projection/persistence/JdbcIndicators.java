package no.virksomhetsplan.reporting.projection.persistence;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.contracts.indicators.IndicatorData;
import no.virksomhetsplan.contracts.indicators.ValueRecorded;
import no.virksomhetsplan.reporting.period.domain.Period;
import no.virksomhetsplan.reporting.projection.domain.Aggregation;
import no.virksomhetsplan.reporting.projection.domain.IndicatorDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Indicator definitions (newer version wins) and each cell's latest value (a later recording wins: a correction
 * replaces the value it corrects, and a replayed older recording changes nothing).
 */
@Repository
public class JdbcIndicators {

    private final JdbcClient jdbc;

    JdbcIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void definition(String tenant, IndicatorData indicator, long version) {
        jdbc.sql("""
                insert into indicator (tenant_id, id, key, name, unit_of_measure, aggregation, periodicity, service_area, version)
                values (:tenant, :id, :key, :name, :uom, :aggregation, :periodicity, :area, :version)
                on conflict (tenant_id, id) do update set
                    key = excluded.key, name = excluded.name, unit_of_measure = excluded.unit_of_measure,
                    aggregation = excluded.aggregation, periodicity = excluded.periodicity,
                    service_area = excluded.service_area, version = excluded.version
                where indicator.version < excluded.version""")
                .param("tenant", tenant).param("id", indicator.indicatorId()).param("key", indicator.key())
                .param("name", indicator.nameNb()).param("uom", indicator.unitOfMeasure())
                .param("aggregation", indicator.aggregation()).param("periodicity", indicator.periodicity())
                .param("area", indicator.serviceArea()).param("version", version)
                .update();
    }

    public void value(String tenant, ValueRecorded value) {
        jdbc.sql("""
                insert into indicator_value (tenant_id, indicator_id, unit_id, period, value, recorded_at)
                values (:tenant, :indicator, :unit, :period, :value, :recordedAt)
                on conflict (tenant_id, indicator_id, unit_id, period) do update set
                    value = excluded.value, recorded_at = excluded.recorded_at
                where indicator_value.recorded_at < excluded.recorded_at""")
                .param("tenant", tenant).param("indicator", value.indicatorId()).param("unit", value.unitId())
                .param("period", value.period()).param("value", value.value())
                .param("recordedAt", Timestamp.from(value.recordedAt()))
                .update();
    }

    /** The definitions with these keys, by key (one query). */
    public Map<String, IndicatorDefinition> byKeys(String tenant, Collection<String> keys) {
        Map<String, IndicatorDefinition> byKey = new HashMap<>();
        if (keys.isEmpty()) {
            return byKey;
        }
        jdbc.sql("select * from indicator where tenant_id = :tenant and key in (:keys)")
                .param("tenant", tenant).param("keys", List.copyOf(keys))
                .query((rs, n) -> byKey.put(rs.getString("key"), new IndicatorDefinition(rs.getObject("id", UUID.class),
                        rs.getString("key"), rs.getString("name"), rs.getString("unit_of_measure"),
                        rs.getString("aggregation"), rs.getString("periodicity"))))
                .list();
        return byKey;
    }

    /**
     * The unit's value of each indicator for the period (one query): the value recorded for exactly that period if
     * there is one, otherwise the values of its months added up as the definition says; absent without any.
     */
    public Map<UUID, BigDecimal> valuesFor(String tenant, Collection<IndicatorDefinition> indicators, UUID unitId,
            Period period) {
        Map<UUID, BigDecimal> result = new HashMap<>();
        if (indicators.isEmpty()) {
            return result;
        }
        List<String> periods = new ArrayList<>();
        periods.add(period.toString());
        period.months().forEach(month -> periods.add(month.toString()));
        Map<UUID, Map<String, BigDecimal>> values = new HashMap<>();
        jdbc.sql("""
                select indicator_id, period, value from indicator_value
                where tenant_id = :tenant and indicator_id in (:indicators) and unit_id = :unit and period in (:periods)""")
                .param("tenant", tenant).param("indicators", indicators.stream().map(IndicatorDefinition::id).distinct().toList())
                .param("unit", unitId).param("periods", periods)
                .query((rs, n) -> values.computeIfAbsent(rs.getObject("indicator_id", UUID.class), id -> new HashMap<>())
                        .put(rs.getString("period"), rs.getBigDecimal("value")))
                .list();
        for (IndicatorDefinition indicator : indicators) {
            BigDecimal value = valueOf(indicator, values.getOrDefault(indicator.id(), Map.of()), period);
            if (value != null) {
                result.put(indicator.id(), value);
            }
        }
        return result;
    }

    private static BigDecimal valueOf(IndicatorDefinition indicator, Map<String, BigDecimal> values, Period period) {
        if (values.containsKey(period.toString())) {
            return values.get(period.toString()).stripTrailingZeros();
        }
        List<BigDecimal> monthly = period.months().stream().map(month -> values.get(month.toString()))
                .filter(java.util.Objects::nonNull).toList();
        BigDecimal aggregated = Aggregation.of(indicator.aggregation(), monthly);
        return aggregated == null ? null : aggregated.stripTrailingZeros();
    }
}
