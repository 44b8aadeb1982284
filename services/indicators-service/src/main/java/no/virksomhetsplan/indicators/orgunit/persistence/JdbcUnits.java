package no.virksomhetsplan.indicators.orgunit.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.indicators.orgunit.domain.Unit;
import no.virksomhetsplan.indicators.orgunit.domain.Units;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the platform's org-tree replica ({@code org_unit_replica}) in batches: one query for all units of a poll. */
@Repository
class JdbcUnits implements Units {

    private static final RowMapper<Unit> UNIT = (rs, n) -> new Unit(rs.getObject("unit_id", UUID.class),
            rs.getString("external_code"), rs.getString("name"), rs.getString("path"));

    private final JdbcClient jdbc;

    JdbcUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean knowsMunicipality(String tenant) {
        return jdbc.sql("select exists (select 1 from org_unit_replica where tenant_id = :tenant)").param("tenant", tenant)
                .query(Boolean.class).single();
    }

    @Override
    public Map<UUID, Unit> byIds(String tenant, Collection<UUID> ids) {
        Map<UUID, Unit> units = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select unit_id, external_code, name, path from org_unit_replica where tenant_id = :tenant and unit_id = any(:ids)")
                    .param("tenant", tenant).param("ids", ids.stream().distinct().toArray(UUID[]::new))
                    .query(UNIT).list().forEach(unit -> units.put(unit.id(), unit));
        }
        return units;
    }

    @Override
    public Map<String, Unit> byCodes(String tenant, Collection<String> codes) {
        Map<String, Unit> units = new HashMap<>();
        if (!codes.isEmpty()) {
            List<Unit> found = jdbc.sql("""
                    select unit_id, external_code, name, path from org_unit_replica
                    where tenant_id = :tenant and external_code = any(:codes)
                    order by closed_from desc nulls first, valid_from desc nulls last""")
                    .param("tenant", tenant).param("codes", codes.stream().distinct().toArray(String[]::new))
                    .query(UNIT).list();
            // A code freed by a closed unit may be taken by a new one: the open unit, then the newest, answers to it.
            found.forEach(unit -> units.putIfAbsent(unit.externalCode(), unit));
        }
        return units;
    }
}
