package no.virksomhetsplan.indicators.definition.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.virksomhetsplan.indicators.definition.domain.Aggregation;
import no.virksomhetsplan.indicators.definition.domain.AllowedRange;
import no.virksomhetsplan.indicators.definition.domain.IndicatorDefinition;
import no.virksomhetsplan.indicators.definition.domain.IndicatorDefinitions;
import no.virksomhetsplan.indicators.definition.domain.IndicatorId;
import no.virksomhetsplan.indicators.definition.domain.IndicatorSource;
import no.virksomhetsplan.indicators.definition.domain.Names;
import no.virksomhetsplan.indicators.period.domain.Periodicity;
import no.virksomhetsplan.platform.domain.ConflictException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcIndicatorDefinitions implements IndicatorDefinitions {

    /** A definition row before its units are read. */
    private record Row(IndicatorId id, String tenant, String key, Names names, String unitOfMeasure, Aggregation aggregation,
            Periodicity periodicity, String serviceArea, AllowedRange range, IndicatorSource source, boolean rollUp, long version) {

        IndicatorDefinition with(Set<UUID> units) {
            return new IndicatorDefinition(id, tenant, key, names, unitOfMeasure, aggregation, periodicity, serviceArea, range, source,
                    rollUp, units, version);
        }
    }

    private static final RowMapper<Row> ROW = (rs, n) -> new Row(new IndicatorId(rs.getObject("id", UUID.class)),
            rs.getString("tenant_id"), rs.getString("key"),
            new Names(rs.getString("name_nb"), rs.getString("name_nn"), rs.getString("name_en")),
            rs.getString("unit_of_measure"), Aggregation.valueOf(rs.getString("aggregation")),
            Periodicity.valueOf(rs.getString("periodicity")), rs.getString("service_area"),
            new AllowedRange(rs.getBigDecimal("min_value"), rs.getBigDecimal("max_value")),
            IndicatorSource.of(rs.getString("source")), rs.getBoolean("roll_up"), rs.getLong("version"));

    private static final String ORDER = " order by service_area, key";

    private final JdbcClient jdbc;

    JdbcIndicatorDefinitions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<IndicatorDefinition> find(String tenant, IndicatorId id) {
        return withUnits(tenant, jdbc.sql("select * from indicator where tenant_id = :tenant and id = :id")
                .param("tenant", tenant).param("id", id.value()).query(ROW).list()).stream().findFirst();
    }

    @Override
    public Optional<IndicatorDefinition> findByKey(String tenant, String key) {
        return findByKeys(tenant, List.of(key)).stream().findFirst();
    }

    @Override
    public List<IndicatorDefinition> findByKeys(String tenant, Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return withUnits(tenant, jdbc.sql("select * from indicator where tenant_id = :tenant and key = any(:keys)" + ORDER)
                .param("tenant", tenant).param("keys", keys.stream().distinct().toArray(String[]::new)).query(ROW).list());
    }

    @Override
    public List<IndicatorDefinition> all(String tenant, String serviceArea) {
        return withUnits(tenant, jdbc.sql("select * from indicator where tenant_id = :tenant"
                        + " and (cast(:area as text) is null or service_area = :area)" + ORDER)
                .param("tenant", tenant).param("area", serviceArea).query(ROW).list());
    }

    @Override
    public void add(IndicatorDefinition indicator) {
        jdbc.sql("""
                insert into indicator (tenant_id, id, key, name_nb, name_nn, name_en, unit_of_measure, aggregation, periodicity,
                                       service_area, min_value, max_value, source, roll_up, version)
                values (:tenant, :id, :key, :nb, :nn, :en, :unit, :aggregation, :periodicity,
                        :area, :min, :max, :source, :rollUp, :version)""")
                .params(params(indicator))
                .update();
        saveUnits(indicator);
    }

    @Override
    public void update(IndicatorDefinition indicator, long expectedVersion) {
        Map<String, Object> params = params(indicator);
        params.put("expected", expectedVersion);
        int updated = jdbc.sql("""
                update indicator set name_nb = :nb, name_nn = :nn, name_en = :en, unit_of_measure = :unit, service_area = :area,
                                     min_value = :min, max_value = :max, source = :source, roll_up = :rollUp, version = :version,
                                     changed_at = now()
                where tenant_id = :tenant and id = :id and version = :expected""")
                .params(params)
                .update();
        if (updated != 1) {
            throw new ConflictException("The indicator '" + indicator.key() + "' was changed by someone else; reload it and try again.");
        }
        jdbc.sql("delete from indicator_unit where tenant_id = :tenant and indicator_id = :id")
                .param("tenant", indicator.tenant()).param("id", indicator.id().value()).update();
        saveUnits(indicator);
    }

    private void saveUnits(IndicatorDefinition indicator) {
        jdbc.sql("""
                insert into indicator_unit (tenant_id, indicator_id, unit_id)
                select :tenant, :id, unit from unnest(:units) as unit""")
                .param("tenant", indicator.tenant()).param("id", indicator.id().value())
                .param("units", indicator.unitIds().toArray(UUID[]::new))
                .update();
    }

    private List<IndicatorDefinition> withUnits(String tenant, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<IndicatorId, Set<UUID>> units = new HashMap<>();
        rows.forEach(row -> units.put(row.id(), new HashSet<>()));
        jdbc.sql("select indicator_id, unit_id from indicator_unit where tenant_id = :tenant and indicator_id = any(:ids)")
                .param("tenant", tenant).param("ids", rows.stream().map(row -> row.id().value()).toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(new IndicatorId(rs.getObject("indicator_id", UUID.class)), rs.getObject("unit_id", UUID.class)))
                .list()
                .forEach(link -> units.get(link.getKey()).add(link.getValue()));
        List<IndicatorDefinition> indicators = new ArrayList<>(rows.size());
        rows.forEach(row -> indicators.add(row.with(units.get(row.id()))));
        return indicators;
    }

    private static Map<String, Object> params(IndicatorDefinition indicator) {
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", indicator.tenant());
        params.put("id", indicator.id().value());
        params.put("key", indicator.key());
        params.put("nb", indicator.names().nb());
        params.put("nn", indicator.names().nn());
        params.put("en", indicator.names().en());
        params.put("unit", indicator.unitOfMeasure());
        params.put("aggregation", indicator.aggregation().name());
        params.put("periodicity", indicator.periodicity().name());
        params.put("area", indicator.serviceArea());
        params.put("min", indicator.range().min());
        params.put("max", indicator.range().max());
        params.put("source", indicator.source().name());
        params.put("rollUp", indicator.rollUp());
        params.put("version", indicator.version());
        return params;
    }
}
