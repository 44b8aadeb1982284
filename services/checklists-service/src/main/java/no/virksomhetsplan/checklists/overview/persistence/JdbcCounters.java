package no.virksomhetsplan.checklists.overview.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import no.virksomhetsplan.checklists.overview.domain.CounterDeltas;
import no.virksomhetsplan.checklists.overview.domain.Counters;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counters in {@code response_count} and {@code question_count}, kept as assignments-service keeps its (ADR 0018): a
 * change's rows are written in one order, so two changes touching the same counters wait instead of deadlocking;
 * adding takes a shared advisory lock per municipality and a rebuild after a move an exclusive one.
 */
@Repository
class JdbcCounters implements Counters {

    private record ResponseRow(UUID distribution, UUID unit, String measure) {
    }

    private record QuestionRow(UUID distribution, UUID unit, UUID question, String measure) {
    }

    private static final Comparator<ResponseRow> RESPONSE_ORDER = Comparator.comparing(ResponseRow::distribution)
            .thenComparing(ResponseRow::unit).thenComparing(ResponseRow::measure);
    private static final Comparator<QuestionRow> QUESTION_ORDER = Comparator.comparing(QuestionRow::distribution)
            .thenComparing(QuestionRow::unit).thenComparing(QuestionRow::question).thenComparing(QuestionRow::measure);

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    JdbcCounters(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    public void add(String tenant, CounterDeltas deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        jdbc.sql("select 1 from pg_advisory_xact_lock_shared(hashtextextended('checklist-counters/' || :tenant, 0))")
                .param("tenant", tenant).query(Integer.class).single();
        Set<UUID> units = new HashSet<>();
        deltas.responses().keySet().forEach(key -> units.add(key.unitId()));
        deltas.questions().keySet().forEach(key -> units.add(key.unitId()));
        Map<UUID, List<UUID>> lineages = lineages(tenant, List.copyOf(units));

        Map<ResponseRow, long[]> responseRows = new TreeMap<>(RESPONSE_ORDER);
        deltas.responses().forEach((key, delta) -> {
            for (UUID counted : lineages.getOrDefault(key.unitId(), List.of(key.unitId()))) {
                long[] row = responseRows.computeIfAbsent(new ResponseRow(key.distributionId(), counted, key.measure().name()),
                        r -> new long[2]);
                if (counted.equals(key.unitId())) {
                    row[0] += delta;
                }
                row[1] += delta;
            }
        });
        Map<QuestionRow, long[]> questionRows = new TreeMap<>(QUESTION_ORDER);
        deltas.questions().forEach((key, delta) -> {
            for (UUID counted : lineages.getOrDefault(key.unitId(), List.of(key.unitId()))) {
                long[] row = questionRows.computeIfAbsent(new QuestionRow(key.distributionId(), counted, key.questionId(),
                        key.measure().name()), r -> new long[2]);
                if (counted.equals(key.unitId())) {
                    row[0] += delta;
                }
                row[1] += delta;
            }
        });
        List<Object[]> responseArguments = new ArrayList<>();
        responseRows.forEach((row, counts) -> responseArguments.add(new Object[] {tenant, row.distribution(), row.unit(),
                row.measure(), counts[0], counts[1]}));
        batch.batchUpdate("""
                insert into response_count (tenant_id, distribution_id, unit_id, measure, own, subtree) values (?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, distribution_id, unit_id, measure) do update
                set own = response_count.own + excluded.own, subtree = response_count.subtree + excluded.subtree""",
                responseArguments);
        List<Object[]> questionArguments = new ArrayList<>();
        questionRows.forEach((row, counts) -> questionArguments.add(new Object[] {tenant, row.distribution(), row.unit(),
                row.question(), row.measure(), counts[0], counts[1]}));
        batch.batchUpdate("""
                insert into question_count (tenant_id, distribution_id, unit_id, question_id, measure, own, subtree)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, distribution_id, unit_id, question_id, measure) do update
                set own = question_count.own + excluded.own, subtree = question_count.subtree + excluded.subtree""",
                questionArguments);
    }

    @Override
    public void rebuildSubtrees(String tenant) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(hashtextextended('checklist-counters/' || :tenant, 0))")
                .param("tenant", tenant).query(Integer.class).single();
        jdbc.sql("update response_count set subtree = 0 where tenant_id = :tenant and subtree <> 0").param("tenant", tenant).update();
        jdbc.sql("""
                insert into response_count (tenant_id, distribution_id, unit_id, measure, own, subtree)
                select c.tenant_id, c.distribution_id, coalesce(a.unit_id, c.unit_id), c.measure, 0, sum(c.own)
                from response_count c
                left join org_unit_replica u on u.tenant_id = c.tenant_id and u.unit_id = c.unit_id
                left join org_unit_replica a on a.tenant_id = c.tenant_id and u.path like a.path || '%'
                where c.tenant_id = :tenant and c.own <> 0
                group by c.tenant_id, c.distribution_id, coalesce(a.unit_id, c.unit_id), c.measure
                on conflict (tenant_id, distribution_id, unit_id, measure) do update set subtree = excluded.subtree""")
                .param("tenant", tenant).update();
        jdbc.sql("update question_count set subtree = 0 where tenant_id = :tenant and subtree <> 0").param("tenant", tenant).update();
        jdbc.sql("""
                insert into question_count (tenant_id, distribution_id, unit_id, question_id, measure, own, subtree)
                select c.tenant_id, c.distribution_id, coalesce(a.unit_id, c.unit_id), c.question_id, c.measure, 0, sum(c.own)
                from question_count c
                left join org_unit_replica u on u.tenant_id = c.tenant_id and u.unit_id = c.unit_id
                left join org_unit_replica a on a.tenant_id = c.tenant_id and u.path like a.path || '%'
                where c.tenant_id = :tenant and c.own <> 0
                group by c.tenant_id, c.distribution_id, coalesce(a.unit_id, c.unit_id), c.question_id, c.measure
                on conflict (tenant_id, distribution_id, unit_id, question_id, measure) do update set subtree = excluded.subtree""")
                .param("tenant", tenant).update();
    }

    /** Each unit with the units above it, from the replica's paths; a unit the replica does not know counts alone. */
    private Map<UUID, List<UUID>> lineages(String tenant, List<UUID> units) {
        Map<UUID, List<UUID>> lineages = new HashMap<>();
        jdbc.sql("select unit_id, path from org_unit_replica where tenant_id = :tenant and unit_id = any(:units)")
                .param("tenant", tenant).param("units", units.toArray(UUID[]::new))
                .query((rs, n) -> {
                    lineages.put(rs.getObject("unit_id", UUID.class), Arrays.stream(rs.getString("path").split("/"))
                            .filter(part -> !part.isEmpty()).map(UUID::fromString).toList());
                    return null;
                })
                .list();
        return lineages;
    }
}
