package no.virksomhetsplan.assignments.assignment.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import no.virksomhetsplan.assignments.assignment.domain.CounterKey;
import no.virksomhetsplan.assignments.assignment.domain.StatusCounters;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counters in {@code status_count}, one row per unit, year, kind and measure with the unit's own count and its
 * subtree's. A change's rows are written in one order (unit, year, kind, measure), so two changes that touch the same
 * counters wait for each other instead of deadlocking. Adding takes a shared advisory lock per municipality and a
 * rebuild an exclusive one, so no delta computed from the tree before a move lands after the rebuild for it.
 */
@Repository
class JdbcStatusCounters implements StatusCounters {

    private record Row(UUID unitId, int year, String kind, String measure) {
    }

    private static final Comparator<Row> ORDER = Comparator.comparing(Row::unitId).thenComparingInt(Row::year)
            .thenComparing(Row::kind).thenComparing(Row::measure);

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    JdbcStatusCounters(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    public void add(String tenant, Map<CounterKey, Long> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        jdbc.sql("select 1 from pg_advisory_xact_lock_shared(hashtextextended('status-counters/' || :tenant, 0))")
                .param("tenant", tenant).query(Integer.class).single();
        Map<UUID, List<UUID>> lineages = lineages(tenant, deltas.keySet().stream().map(key -> key.unitId().value()).distinct().toList());
        Map<Row, long[]> rows = new TreeMap<>(ORDER);
        deltas.forEach((key, delta) -> {
            UUID unit = key.unitId().value();
            for (UUID counted : lineages.getOrDefault(unit, List.of(unit))) {
                long[] row = rows.computeIfAbsent(new Row(counted, key.year(), key.kind().name(), key.measure()), r -> new long[2]);
                if (counted.equals(unit)) {
                    row[0] += delta;
                }
                row[1] += delta;
            }
        });
        List<Object[]> arguments = new ArrayList<>();
        rows.forEach((row, counts) -> arguments.add(new Object[] {tenant, row.unitId(), row.year(), row.kind(), row.measure(),
                counts[0], counts[1]}));
        batch.batchUpdate("""
                insert into status_count (tenant_id, unit_id, year, kind, measure, own, subtree) values (?, ?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, unit_id, year, kind, measure) do update
                set own = status_count.own + excluded.own, subtree = status_count.subtree + excluded.subtree""", arguments);
    }

    @Override
    public void rebuildSubtrees(String tenant) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(hashtextextended('status-counters/' || :tenant, 0))")
                .param("tenant", tenant).query(Integer.class).single();
        jdbc.sql("update status_count set subtree = 0 where tenant_id = :tenant and subtree <> 0").param("tenant", tenant).update();
        jdbc.sql("""
                insert into status_count (tenant_id, unit_id, year, kind, measure, own, subtree)
                select c.tenant_id, coalesce(a.unit_id, c.unit_id), c.year, c.kind, c.measure, 0, sum(c.own)
                from status_count c
                left join org_unit_replica u on u.tenant_id = c.tenant_id and u.unit_id = c.unit_id
                left join org_unit_replica a on a.tenant_id = c.tenant_id and u.path like a.path || '%'
                where c.tenant_id = :tenant and c.own <> 0
                group by c.tenant_id, coalesce(a.unit_id, c.unit_id), c.year, c.kind, c.measure
                on conflict (tenant_id, unit_id, year, kind, measure) do update set subtree = excluded.subtree""")
                .param("tenant", tenant).update();
    }

    /** Each unit with the units above it, from the replica's paths; a unit the replica does not know counts alone. */
    private Map<UUID, List<UUID>> lineages(String tenant, List<UUID> units) {
        Map<UUID, List<UUID>> lineages = new HashMap<>();
        jdbc.sql("select unit_id, path from org_unit_replica where tenant_id = :tenant and unit_id in (:units)")
                .param("tenant", tenant).param("units", units)
                .query((rs, n) -> {
                    lineages.put(rs.getObject("unit_id", UUID.class), Arrays.stream(rs.getString("path").split("/"))
                            .filter(part -> !part.isEmpty()).map(UUID::fromString).toList());
                    return null;
                })
                .list();
        return lineages;
    }
}
