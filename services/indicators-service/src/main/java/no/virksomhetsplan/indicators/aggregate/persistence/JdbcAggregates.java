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
        copyIn("copy indicator_aggregate_delta (tenant_id, indicator_id, aggregation, roll_up, unit_id, period, value, previous) from stdin",
                rows);
    }

    private void copyIn(String copy, CharSequence rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new StringReader(rows.toString()));
        } catch (SQLException e) {
            throw TRANSLATOR.translate("copying into " + copy.split(" ")[1], copy, e);
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

    /**
     * Both kinds of aggregate in one {@code COPY} into a staging table of the connection and one upsert from it: for
     * the database, text rows to parse once rather than arrays of text to parse and cast; for the aggregator, one
     * buffer to fill rather than an array per column.
     */
    @Override
    public void save(String tenant, AggregatePlan plan) {
        // No order needed against deadlocks: the aggregator is the only writer of aggregates.
        if (plan.own().isEmpty() && plan.below().isEmpty()) {
            return;
        }
        StringBuilder rows = new StringBuilder((plan.own().size() + plan.below().size()) * 140);
        for (OwnChange change : plan.own().values()) {
            number(key(rows, change.key(), "UNIT", change.aggregation()), change.valueOfNew()).append('\t');
            number(rows, change.sum()).append('\t').append(change.count()).append('\t').append(change.lastStart()).append('\t');
            number(rows, change.lastValue()).append('\n');
        }
        for (BelowChange change : plan.below().values()) {
            number(key(rows, change.key(), "BELOW", change.aggregation()), change.sum()).append('\t');
            number(rows, change.sum()).append('\t').append(change.count()).append("\t\\N\t\\N\n");
        }
        jdbc.sql("""
                create temporary table if not exists indicator_aggregate_staging (
                    indicator_id uuid, unit_id uuid, period text collate "C", scope text collate "C", aggregation text, value numeric,
                    value_sum numeric, value_count int, last_start date, last_value numeric) on commit delete rows""").update();
        copyIn("""
                copy indicator_aggregate_staging (indicator_id, unit_id, period, scope, aggregation, value, value_sum, value_count,
                                                  last_start, last_value) from stdin""", rows);
        // A BELOW row's value is its sum whatever the aggregation; an own row's by the aggregation.
        jdbc.sql("""
                with staged as (delete from indicator_aggregate_staging returning *)
                insert into indicator_aggregate as a (tenant_id, indicator_id, unit_id, period, scope, aggregation, value, value_sum,
                                                      value_count, last_start, last_value, updated_at)
                select :tenant, indicator_id, unit_id, period, scope, aggregation, value, value_sum, value_count, last_start, last_value, now()
                from staged
                on conflict (tenant_id, indicator_id, unit_id, period, scope) do update
                    set value_sum = a.value_sum + excluded.value_sum,
                        value_count = a.value_count + excluded.value_count,
                        last_start = greatest(a.last_start, excluded.last_start),
                        last_value = case when excluded.last_start >= a.last_start then excluded.last_value else a.last_value end,
                        value = case when excluded.scope = 'BELOW' or excluded.aggregation = 'SUM' then a.value_sum + excluded.value_sum
                                     when excluded.aggregation = 'AVERAGE' then round((a.value_sum + excluded.value_sum)
                                                                                      / nullif(a.value_count + excluded.value_count, 0), 6)
                                     else case when excluded.last_start >= a.last_start then excluded.last_value else a.last_value end
                                end,
                        updated_at = excluded.updated_at""")
                .param("tenant", tenant)
                .update();
    }

    private static StringBuilder key(StringBuilder rows, AggregateKey key, String scope, Aggregation aggregation) {
        return rows.append(key.indicatorId()).append('\t').append(key.unitId()).append('\t').append(key.period()).append('\t')
                .append(scope).append('\t').append(aggregation.name()).append('\t');
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

    /** A number, or null, in COPY's text format. */
    private static StringBuilder number(StringBuilder rows, BigDecimal value) {
        return value == null ? rows.append("\\N") : rows.append(value.toPlainString());
    }
}
