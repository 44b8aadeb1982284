package no.virksomhetsplan.reporting.projection.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import no.virksomhetsplan.reporting.projection.domain.CounterKey;
import no.virksomhetsplan.reporting.projection.domain.StatusCounters;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counters in {@code status_count}, as assignments-service keeps its own (ADR 0018), here per month of the deadline:
 * rows are written in one order so changes never deadlock; adding takes a shared advisory lock per municipality and a
 * rebuild an exclusive one, so no delta computed from the tree before a move lands after the rebuild for it.
 */
@Repository
class JdbcStatusCounters implements StatusCounters {

    private static final Comparator<CounterKey> ORDER = Comparator.comparing(CounterKey::unitId)
            .thenComparingInt(CounterKey::year).thenComparingInt(CounterKey::month)
            .thenComparing(CounterKey::kind).thenComparing(CounterKey::measure);

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
        jdbc.sql("select 1 from pg_advisory_xact_lock_shared(hashtextextended('reporting-counters/' || :tenant, 0))")
                .param("tenant", tenant).query(Integer.class).single();
        Map<UUID, List<UUID>> lineages = lineages(tenant, deltas.keySet().stream().map(CounterKey::unitId).distinct().toList());
        Map<CounterKey, long[]> rows = new TreeMap<>(ORDER);
        deltas.forEach((key, delta) -> {
            for (UUID counted : lineages.getOrDefault(key.unitId(), List.of(key.unitId()))) {
                long[] row = rows.computeIfAbsent(new CounterKey(counted, key.year(), key.month(), key.kind(), key.measure()),
                        k -> new long[2]);
                if (counted.equals(key.unitId())) {
                    row[0] += delta;
                }
                row[1] += delta;
            }
        });
        List<Object[]> arguments = new ArrayList<>();
        rows.forEach((row, counts) -> arguments.add(new Object[] {tenant, row.unitId(), row.year(), row.month(), row.kind(),
                row.measure(), counts[0], counts[1]}));
        batch.batchUpdate("""
                insert into status_count (tenant_id, unit_id, year, month, kind, measure, own, subtree)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, unit_id, year, month, kind, measure) do update
                set own = status_count.own + excluded.own, subtree = status_count.subtree + excluded.subtree""", arguments);
    }

    /** Every unit on an own counter's path gets it in its subtree, as {@link #add} does, known to the replica or not. */
    @Override
    public void rebuildSubtrees(String tenant) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(hashtextextended('reporting-counters/' || :tenant, 0))")
                .param("tenant", tenant).query(Integer.class).single();
        jdbc.sql("update status_count set subtree = 0 where tenant_id = :tenant and subtree <> 0").param("tenant", tenant).update();
        jdbc.sql("""
                insert into status_count (tenant_id, unit_id, year, month, kind, measure, own, subtree)
                select c.tenant_id, cast(a.unit_id as uuid), c.year, c.month, c.kind, c.measure, 0, sum(c.own)
                from status_count c
                left join org_unit_replica u on u.tenant_id = c.tenant_id and u.unit_id = c.unit_id
                cross join lateral unnest(string_to_array(trim(both '/' from coalesce(u.path, '/' || c.unit_id || '/')), '/'))
                    as a (unit_id)
                where c.tenant_id = :tenant and c.own <> 0
                group by c.tenant_id, a.unit_id, c.year, c.month, c.kind, c.measure
                on conflict (tenant_id, unit_id, year, month, kind, measure) do update set subtree = excluded.subtree""")
                .param("tenant", tenant).update();
    }

    @Override
    public boolean countsAnythingAt(String tenant, UUID unitId) {
        return jdbc.sql("""
                select exists (
                    select 1 from status_count c
                    where c.tenant_id = :tenant and c.own <> 0 and (c.unit_id = :unit or c.unit_id in (
                        select d.unit_id from org_unit_replica u
                        join org_unit_replica d on d.tenant_id = u.tenant_id and d.path like u.path || '%'
                        where u.tenant_id = :tenant and u.unit_id = :unit)))""")
                .param("tenant", tenant).param("unit", unitId).query(Boolean.class).single();
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
