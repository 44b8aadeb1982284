package no.virksomhetsplan.indicators.aggregate.persistence;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import no.virksomhetsplan.indicators.aggregate.domain.Aggregate;
import no.virksomhetsplan.indicators.aggregate.domain.AggregateScope;
import no.virksomhetsplan.indicators.aggregate.domain.AggregateTarget;
import no.virksomhetsplan.indicators.aggregate.domain.Aggregates;
import no.virksomhetsplan.indicators.definition.domain.IndicatorId;
import no.virksomhetsplan.indicators.period.domain.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Aggregates rebuilt set-wise: one statement for all the units' own aggregates a batch touches, one for all the
 * subtrees. Over time: SUM adds the months up, AVERAGE averages them, LAST takes the latest. Over the tree (from the
 * units' own aggregates): SUM and LAST add up, AVERAGE is the average of all the values below, weighted by their count.
 */
@Repository
class JdbcAggregates implements Aggregates {

    private final JdbcClient jdbc;

    JdbcAggregates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void rebuild(String tenant, List<AggregateTarget> targets) {
        if (targets.isEmpty()) {
            return;
        }
        // In a fixed order, so two batches never wait for each other's locks crosswise.
        new TreeSet<>(targets.stream().map(target -> target.indicator().id().value()).toList()).forEach(indicator ->
                jdbc.sql("select 1 from pg_advisory_xact_lock(hashtextextended('indicator-aggregates/' || :tenant || '/' || :id, 0))")
                        .param("tenant", tenant).param("id", indicator.toString()).query(Integer.class).single());
        List<AggregateTarget> own = targets.stream().filter(target -> target.scope() == AggregateScope.UNIT).toList();
        List<AggregateTarget> subtrees = targets.stream().filter(target -> target.scope() == AggregateScope.SUBTREE).toList();
        if (!own.isEmpty()) {
            jdbc.sql("""
                    insert into indicator_aggregate (tenant_id, indicator_id, unit_id, period, scope, value, value_count, updated_at)
                    select :tenant, t.indicator_id, t.unit_id, t.period, 'UNIT',
                           case t.aggregation
                               when 'SUM' then sum(v.value)
                               when 'AVERAGE' then round(avg(v.value), 6)
                               else (array_agg(v.value order by v.period_start desc))[1]
                           end,
                           count(*), now()
                    from unnest(cast(:indicators as uuid[]), cast(:units as uuid[]), cast(:periods as text[]),
                                cast(:firsts as date[]), cast(:lasts as date[]), cast(:aggregations as text[]))
                         as t(indicator_id, unit_id, period, first_day, last_day, aggregation)
                    join indicator_value v on v.tenant_id = :tenant and v.indicator_id = t.indicator_id and v.unit_id = t.unit_id
                                          and v.current and v.period_start between t.first_day and t.last_day
                    group by t.indicator_id, t.unit_id, t.period, t.aggregation
                    on conflict (tenant_id, indicator_id, unit_id, period, scope) do update
                        set value = excluded.value, value_count = excluded.value_count, updated_at = excluded.updated_at""")
                    .param("tenant", tenant)
                    .param("indicators", own.stream().map(target -> target.indicator().id().value()).toArray(UUID[]::new))
                    .param("units", own.stream().map(AggregateTarget::unitId).toArray(UUID[]::new))
                    .param("periods", own.stream().map(target -> target.period().toString()).toArray(String[]::new))
                    .param("firsts", own.stream().map(target -> target.period().firstDay().toString()).toArray(String[]::new))
                    .param("lasts", own.stream().map(target -> target.period().lastDay().toString()).toArray(String[]::new))
                    .param("aggregations", own.stream().map(target -> target.indicator().aggregation().name()).toArray(String[]::new))
                    .update();
        }
        if (!subtrees.isEmpty()) {
            jdbc.sql("""
                    insert into indicator_aggregate (tenant_id, indicator_id, unit_id, period, scope, value, value_count, updated_at)
                    select :tenant, t.indicator_id, t.unit_id, t.period, 'SUBTREE',
                           case t.aggregation
                               when 'AVERAGE' then round(sum(a.value * a.value_count) / sum(a.value_count), 6)
                               else sum(a.value)
                           end,
                           sum(a.value_count), now()
                    from unnest(cast(:indicators as uuid[]), cast(:units as uuid[]), cast(:periods as text[]),
                                cast(:aggregations as text[])) as t(indicator_id, unit_id, period, aggregation)
                    join org_unit_replica top on top.tenant_id = :tenant and top.unit_id = t.unit_id
                    join org_unit_replica below on below.tenant_id = :tenant and below.path like top.path || '%'
                    join indicator_aggregate a on a.tenant_id = :tenant and a.indicator_id = t.indicator_id
                                              and a.unit_id = below.unit_id and a.period = t.period and a.scope = 'UNIT'
                    group by t.indicator_id, t.unit_id, t.period, t.aggregation
                    on conflict (tenant_id, indicator_id, unit_id, period, scope) do update
                        set value = excluded.value, value_count = excluded.value_count, updated_at = excluded.updated_at""")
                    .param("tenant", tenant)
                    .param("indicators", subtrees.stream().map(target -> target.indicator().id().value()).toArray(UUID[]::new))
                    .param("units", subtrees.stream().map(AggregateTarget::unitId).toArray(UUID[]::new))
                    .param("periods", subtrees.stream().map(target -> target.period().toString()).toArray(String[]::new))
                    .param("aggregations", subtrees.stream().map(target -> target.indicator().aggregation().name()).toArray(String[]::new))
                    .update();
        }
    }

    @Override
    public List<Aggregate> of(String tenant, IndicatorId indicator, UUID unitId, Period from, Period to, Collection<AggregateScope> scopes) {
        return jdbc.sql("""
                select unit_id, period, scope, value, value_count from indicator_aggregate
                where tenant_id = :tenant and indicator_id = :indicator and unit_id = :unit and scope = any(:scopes)""")
                .param("tenant", tenant).param("indicator", indicator.value()).param("unit", unitId)
                .param("scopes", scopes.stream().map(Enum::name).toArray(String[]::new))
                .query((rs, n) -> new Aggregate(indicator.value(), rs.getObject("unit_id", UUID.class), Period.parse(rs.getString("period")),
                        AggregateScope.valueOf(rs.getString("scope")), rs.getBigDecimal("value"), rs.getInt("value_count")))
                .list().stream()
                .filter(aggregate -> !aggregate.period().firstDay().isBefore(from.firstDay())
                        && !aggregate.period().firstDay().isAfter(to.lastDay()))
                .sorted((a, b) -> a.period().compareTo(b.period()) != 0 ? a.period().compareTo(b.period()) : a.scope().compareTo(b.scope()))
                .toList();
    }
}
