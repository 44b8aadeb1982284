package no.virksomhetsplan.indicators.aggregate.persistence;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import no.virksomhetsplan.indicators.aggregate.domain.Aggregate;
import no.virksomhetsplan.indicators.aggregate.domain.AggregateKey;
import no.virksomhetsplan.indicators.aggregate.domain.AggregatePlan;
import no.virksomhetsplan.indicators.aggregate.domain.AggregateScope;
import no.virksomhetsplan.indicators.aggregate.domain.Aggregates;
import no.virksomhetsplan.indicators.aggregate.domain.BelowChange;
import no.virksomhetsplan.indicators.aggregate.domain.OwnAggregate;
import no.virksomhetsplan.indicators.aggregate.domain.OwnChange;
import no.virksomhetsplan.indicators.aggregate.domain.ValueChange;
import no.virksomhetsplan.indicators.definition.domain.Aggregation;
import no.virksomhetsplan.indicators.definition.domain.IndicatorDefinition;
import no.virksomhetsplan.indicators.period.domain.Period;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.stereotype.Repository;

/**
 * Aggregates in {@code indicator_aggregate}, read and written set-wise, one statement for each kind; the journal of
 * changes not yet folded into them in {@code indicator_aggregate_delta}.
 */
@Repository
class JdbcAggregates implements Aggregates {

    /** Arbitrary but fixed: the advisory lock that makes one aggregator per database the one that folds the journal. */
    private static final long AGGREGATOR_LOCK = 0x5650_4147_4752_4547L;

    private static final SQLExceptionTranslator TRANSLATOR = new SQLStateSQLExceptionTranslator();

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    JdbcAggregates(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * One {@code COPY} of all the changes, in their order (which the journal's sequence keeps): cheaper for both sides
     * than an insert of unnested arrays, and the journal has neither conflicts to resolve nor anything to return.
     */
    @Override
    public void append(String tenant, List<ValueChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        StringBuilder rows = new StringBuilder(changes.size() * 120);
        String escapedTenant = copyText(tenant);
        for (ValueChange change : changes) {
            rows.append(escapedTenant).append('\t').append(change.indicatorId()).append('\t').append(change.aggregation().name())
                    .append('\t').append(change.rollUp() ? 't' : 'f').append('\t').append(change.unitId()).append('\t')
                    .append(change.period()).append('\t').append(change.value().toPlainString()).append('\t')
                    .append(change.previous() == null ? "\\N" : change.previous().toPlainString()).append('\n');
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy indicator_aggregate_delta (tenant_id, indicator_id, aggregation, roll_up, unit_id, period, value, previous)
                    from stdin""", new StringReader(rows.toString()));
        } catch (SQLException e) {
            throw TRANSLATOR.translate("appending to the aggregates' journal", "copy indicator_aggregate_delta", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** A text field of COPY's text format. */
    private static String copyText(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    @Override
    public boolean becomeTheAggregator() {
        return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(:lock)").param("lock", AGGREGATOR_LOCK)
                .query(Boolean.class).single());
    }

    @Override
    public List<PendingChange> takePending(int limit) {
        // The earliest rows committed when the statement starts: a cell's later change (a correction) is never folded
        // before its earlier one, which LAST depends on; the rows' physical order is not theirs once space is reused.
        // The journal has no index to keep up: the subquery's rows are matched by a hash (semi-join).
        return jdbc.sql("""
                delete from indicator_aggregate_delta
                where seq in (select seq from indicator_aggregate_delta order by seq limit :limit)
                returning seq, tenant_id, indicator_id, aggregation, roll_up, unit_id, period, value, previous""")
                .param("limit", limit)
                .query((rs, n) -> new PendingChange(rs.getLong("seq"), rs.getString("tenant_id"), new ValueChange(
                        rs.getObject("indicator_id", UUID.class), Aggregation.valueOf(rs.getString("aggregation")), rs.getBoolean("roll_up"),
                        rs.getObject("unit_id", UUID.class), Period.parse(rs.getString("period")), rs.getBigDecimal("value"),
                        rs.getBigDecimal("previous"))))
                .list();
    }

    @Override
    public OptionalLong lastPending(String tenant, UUID indicatorId) {
        return jdbc.sql("select max(seq) from indicator_aggregate_delta where tenant_id = :tenant and indicator_id = :indicator")
                .param("tenant", tenant).param("indicator", indicatorId)
                .query((rs, n) -> rs.getObject(1) == null ? OptionalLong.empty() : OptionalLong.of(rs.getLong(1))).single();
    }

    @Override
    public boolean isPending(String tenant, UUID indicatorId, long seq) {
        return jdbc.sql("""
                select exists (select 1 from indicator_aggregate_delta
                               where tenant_id = :tenant and indicator_id = :indicator and seq <= :seq)""")
                .param("tenant", tenant).param("indicator", indicatorId).param("seq", seq).query(Boolean.class).single();
    }

    @Override
    public Map<AggregateKey, OwnAggregate> own(String tenant, Collection<AggregateKey> keys) {
        Map<AggregateKey, OwnAggregate> current = new HashMap<>();
        if (keys.isEmpty()) {
            return current;
        }
        // Each column matched against its own list (an index scan whatever the planner thinks of the lists); the few
        // rows of other combinations are dropped here.
        Set<AggregateKey> wanted = new HashSet<>(keys);
        jdbc.sql("""
                select indicator_id, unit_id, period, value_sum, value_count, last_start, last_value from indicator_aggregate
                where tenant_id = :tenant and scope = 'UNIT' and indicator_id = any(:indicators) and unit_id = any(:units)
                  and period = any(:periods)""")
                .param("tenant", tenant)
                .param("indicators", keys.stream().map(AggregateKey::indicatorId).distinct().toArray(UUID[]::new))
                .param("units", keys.stream().map(AggregateKey::unitId).distinct().toArray(UUID[]::new))
                .param("periods", keys.stream().map(key -> key.period().toString()).distinct().toArray(String[]::new))
                .query((rs, n) -> {
                    var key = new AggregateKey(rs.getObject("indicator_id", UUID.class), rs.getObject("unit_id", UUID.class),
                            Period.parse(rs.getString("period")));
                    if (wanted.contains(key)) {
                        current.put(key, new OwnAggregate(rs.getBigDecimal("value_sum"), rs.getInt("value_count"),
                                rs.getObject("last_start", LocalDate.class), rs.getBigDecimal("last_value")));
                    }
                    return key;
                })
                .list();
        return current;
    }

    @Override
    public void save(String tenant, AggregatePlan plan) {
        // No order needed against deadlocks: the aggregator is the only writer of aggregates.
        List<OwnChange> own = new ArrayList<>(plan.own().values());
        if (!own.isEmpty()) {
            jdbc.sql("""
                    insert into indicator_aggregate (tenant_id, indicator_id, unit_id, period, scope, aggregation, value, value_sum,
                                                     value_count, last_start, last_value, updated_at)
                    select :tenant, i, u, p, 'UNIT', g, cast(v as numeric), cast(s as numeric), c, cast(ls as date), cast(lv as numeric), now()
                    from unnest(cast(:indicators as uuid[]), cast(:units as uuid[]), cast(:periods as text[]), cast(:aggregations as text[]),
                                cast(:values as text[]), cast(:sums as text[]), cast(:counts as int[]), cast(:lastStarts as text[]),
                                cast(:lastValues as text[])) as t(i, u, p, g, v, s, c, ls, lv)
                    on conflict (tenant_id, indicator_id, unit_id, period, scope) do update
                        set value_sum = indicator_aggregate.value_sum + excluded.value_sum,
                            value_count = indicator_aggregate.value_count + excluded.value_count,
                            last_start = greatest(indicator_aggregate.last_start, excluded.last_start),
                            last_value = case when excluded.last_start >= indicator_aggregate.last_start
                                              then excluded.last_value else indicator_aggregate.last_value end,
                            value = case excluded.aggregation
                                        when 'SUM' then indicator_aggregate.value_sum + excluded.value_sum
                                        when 'AVERAGE' then round((indicator_aggregate.value_sum + excluded.value_sum)
                                                                  / nullif(indicator_aggregate.value_count + excluded.value_count, 0), 6)
                                        else case when excluded.last_start >= indicator_aggregate.last_start
                                                  then excluded.last_value else indicator_aggregate.last_value end
                                    end,
                            updated_at = excluded.updated_at""")
                    .param("tenant", tenant)
                    .param("indicators", own.stream().map(change -> change.key().indicatorId()).toArray(UUID[]::new))
                    .param("units", own.stream().map(change -> change.key().unitId()).toArray(UUID[]::new))
                    .param("periods", own.stream().map(change -> change.key().period().toString()).toArray(String[]::new))
                    .param("aggregations", own.stream().map(change -> change.aggregation().name()).toArray(String[]::new))
                    .param("values", own.stream().map(change -> text(change.valueOfNew())).toArray(String[]::new))
                    .param("sums", own.stream().map(change -> text(change.sum())).toArray(String[]::new))
                    .param("counts", own.stream().map(OwnChange::count).toArray(Integer[]::new))
                    .param("lastStarts", own.stream().map(change -> change.lastStart().toString()).toArray(String[]::new))
                    .param("lastValues", own.stream().map(change -> text(change.lastValue())).toArray(String[]::new))
                    .update();
        }
        List<BelowChange> below = new ArrayList<>(plan.below().values());
        if (!below.isEmpty()) {
            jdbc.sql("""
                    insert into indicator_aggregate (tenant_id, indicator_id, unit_id, period, scope, aggregation, value, value_sum,
                                                     value_count, updated_at)
                    select :tenant, i, u, p, 'BELOW', g, cast(s as numeric), cast(s as numeric), c, now()
                    from unnest(cast(:indicators as uuid[]), cast(:units as uuid[]), cast(:periods as text[]), cast(:aggregations as text[]),
                                cast(:sums as text[]), cast(:counts as int[])) as t(i, u, p, g, s, c)
                    on conflict (tenant_id, indicator_id, unit_id, period, scope) do update
                        set value_sum = indicator_aggregate.value_sum + excluded.value_sum,
                            value_count = indicator_aggregate.value_count + excluded.value_count,
                            value = indicator_aggregate.value_sum + excluded.value_sum,
                            updated_at = excluded.updated_at""")
                    .param("tenant", tenant)
                    .param("indicators", below.stream().map(change -> change.key().indicatorId()).toArray(UUID[]::new))
                    .param("units", below.stream().map(change -> change.key().unitId()).toArray(UUID[]::new))
                    .param("periods", below.stream().map(change -> change.key().period().toString()).toArray(String[]::new))
                    .param("aggregations", below.stream().map(change -> change.aggregation().name()).toArray(String[]::new))
                    .param("sums", below.stream().map(change -> text(change.sum())).toArray(String[]::new))
                    .param("counts", below.stream().map(BelowChange::count).toArray(Integer[]::new))
                    .update();
        }
    }

    @Override
    public List<Aggregate> of(String tenant, IndicatorDefinition indicator, UUID unitId, Period from, Period to,
            Collection<AggregateScope> scopes) {
        Map<Period, OwnAggregate> own = new HashMap<>();
        Map<Period, BelowChange> below = new HashMap<>();
        // One statement, so the kept aggregates and the values that serve as their own are read from one snapshot.
        jdbc.sql("""
                select period, scope, value_sum, value_count, last_start, last_value from indicator_aggregate
                where tenant_id = :tenant and indicator_id = :indicator and unit_id = :unit
                union all
                select period, 'VALUE', value, 1, period_start, value from indicator_value
                where tenant_id = :tenant and indicator_id = :indicator and unit_id = :unit and current
                  and period_start between :from and :to""")
                .param("tenant", tenant).param("indicator", indicator.id().value()).param("unit", unitId)
                .param("from", from.firstDay()).param("to", to.lastDay())
                .query((rs, n) -> {
                    Period period = Period.parse(rs.getString("period"));
                    if (period.firstDay().isBefore(from.firstDay()) || period.firstDay().isAfter(to.lastDay())) {
                        return period;
                    }
                    if ("BELOW".equals(rs.getString("scope"))) {
                        below.put(period, new BelowChange(new AggregateKey(indicator.id().value(), unitId, period), indicator.aggregation(),
                                rs.getBigDecimal("value_sum"), rs.getInt("value_count")));
                    } else {
                        own.put(period, new OwnAggregate(rs.getBigDecimal("value_sum"), rs.getInt("value_count"),
                                rs.getObject("last_start", LocalDate.class), rs.getBigDecimal("last_value")));
                    }
                    return period;
                })
                .list();
        Aggregation aggregation = indicator.aggregation();
        List<Aggregate> aggregates = new ArrayList<>();
        if (scopes.contains(AggregateScope.UNIT)) {
            own.forEach((period, aggregate) -> aggregates.add(new Aggregate(indicator.id().value(), unitId, period, AggregateScope.UNIT,
                    aggregate.value(aggregation), aggregate.count())));
        }
        if (scopes.contains(AggregateScope.SUBTREE)) {
            Set<Period> periods = new HashSet<>(own.keySet());
            periods.addAll(below.keySet());
            for (Period period : periods) {
                OwnAggregate unit = own.getOrDefault(period, OwnAggregate.NONE);
                BelowChange under = below.get(period);
                BigDecimal belowSum = under == null ? BigDecimal.ZERO : under.sum();
                int belowCount = under == null ? 0 : under.count();
                aggregates.add(new Aggregate(indicator.id().value(), unitId, period, AggregateScope.SUBTREE,
                        unit.withBelow(aggregation, belowSum, belowCount), unit.count() + belowCount));
            }
        }
        aggregates.sort(Comparator.comparing(Aggregate::period).thenComparing(Aggregate::scope));
        return aggregates;
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
