package no.virksomhetsplan.indicators.value.persistence;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.virksomhetsplan.indicators.definition.domain.IndicatorId;
import no.virksomhetsplan.indicators.period.domain.Period;
import no.virksomhetsplan.indicators.value.domain.IndicatorValues;
import no.virksomhetsplan.indicators.value.domain.NewValue;
import no.virksomhetsplan.indicators.value.domain.Rejection;
import no.virksomhetsplan.indicators.value.domain.RejectionCode;
import no.virksomhetsplan.indicators.value.domain.StoreOutcome;
import no.virksomhetsplan.indicators.value.domain.StoredValue;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.stereotype.Repository;

/**
 * Values in {@code indicator_value}. First values go in as one insert per run of them (a {@code COPY} into a staging
 * table, then {@code insert … select … on conflict do nothing}); only the few that did not go in are looked at again to tell a redelivery from a
 * clash. Corrections are rare and go one by one, in order, so a correction sees the value it corrects even when both
 * came in the same poll.
 */
@Repository
class JdbcIndicatorValues implements IndicatorValues {

    private static final RowMapper<StoredValue> VALUE = (rs, n) -> new StoredValue(rs.getObject("indicator_id", UUID.class),
            rs.getObject("unit_id", UUID.class), Period.parse(rs.getString("period")), rs.getBigDecimal("value"),
            rs.getString("source_system"), rs.getString("source_event_id"), rs.getString("corrects"), rs.getBoolean("current"),
            rs.getString("replaced_by"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());

    private record Key(String sourceSystem, String sourceEventId) {
    }

    private static final SQLExceptionTranslator TRANSLATOR = new SQLStateSQLExceptionTranslator();

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    JdbcIndicatorValues(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    @Override
    public List<StoreOutcome> store(String tenant, List<NewValue> values) {
        List<StoreOutcome> outcomes = new ArrayList<>(values.size());
        int i = 0;
        while (i < values.size()) {
            NewValue value = values.get(i);
            if (value.corrects() != null || value.replacesCurrent()) {
                outcomes.add(storeCorrection(tenant, value));
                i++;
                continue;
            }
            // A run of first values with distinct ids and cells: one insert decides each of them unambiguously.
            List<NewValue> run = new ArrayList<>();
            Set<Key> ids = new HashSet<>();
            Set<NewValue.Cell> cells = new HashSet<>();
            while (i < values.size()) {
                NewValue next = values.get(i);
                if (next.corrects() != null || next.replacesCurrent() || ids.contains(key(next)) || cells.contains(next.cell())) {
                    break;
                }
                ids.add(key(next));
                cells.add(next.cell());
                run.add(next);
                i++;
            }
            outcomes.addAll(storeFirstValues(tenant, run));
        }
        return outcomes;
    }

    /**
     * A run of first values: {@code COPY} into a staging table of the connection, then one insert from it that leaves out
     * whatever clashes with a stored value (on either unique index) and answers only the positions it left out (usually
     * none), which are looked at one by one. The staging rows are taken out by the same statement, and the table is
     * emptied at commit in any case.
     */
    private List<StoreOutcome> storeFirstValues(String tenant, List<NewValue> run) {
        int n = run.size();
        StringBuilder rows = new StringBuilder(n * 160);
        for (int j = 0; j < n; j++) {
            NewValue value = run.get(j);
            rows.append(j).append('\t');
            copyText(rows, value.sourceSystem()).append('\t');
            copyText(rows, value.sourceEventId()).append('\t').append(value.indicator().id().value()).append('\t')
                    .append(value.unitId()).append('\t').append(value.period()).append('\t').append(value.period().firstDay())
                    .append('\t').append(value.value().toPlainString()).append('\n');
        }
        jdbc.sql("""
                create temporary table if not exists indicator_value_staging (
                    n int, source_system text collate "C", source_event_id text collate "C", indicator_id uuid, unit_id uuid,
                    period text collate "C", period_start date, value numeric) on commit delete rows""").update();
        copyIn("copy indicator_value_staging (n, source_system, source_event_id, indicator_id, unit_id, period, period_start, value) from stdin",
                rows);
        boolean[] notInserted = new boolean[n];
        jdbc.sql("""
                with staged as (delete from indicator_value_staging returning *),
                     inserted as (insert into indicator_value (tenant_id, source_system, source_event_id, indicator_id, unit_id, period,
                                                               period_start, value, current)
                                  select :tenant, source_system, source_event_id, indicator_id, unit_id, period, period_start, value, true
                                  from staged order by n
                                  on conflict do nothing
                                  returning source_system, source_event_id)
                select n from staged s
                where not exists (select 1 from inserted i where i.source_system = s.source_system and i.source_event_id = s.source_event_id)""")
                .param("tenant", tenant)
                .query((rs, row) -> notInserted[rs.getInt(1)] = true).list();
        List<StoreOutcome> outcomes = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            NewValue value = run.get(j);
            outcomes.add(notInserted[j] ? whyNotInserted(tenant, value) : new StoreOutcome.Stored(value, null));
        }
        return outcomes;
    }

    private void copyIn(String copy, CharSequence rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new StringReader(rows.toString()));
        } catch (SQLException e) {
            throw TRANSLATOR.translate("staging values", copy, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** A text field of COPY's text format. */
    private static StringBuilder copyText(StringBuilder rows, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> rows.append("\\\\");
                case '\t' -> rows.append("\\t");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                default -> rows.append(c);
            }
        }
        return rows;
    }

    /** The value's id or its cell was taken: by the same value (a redelivery), or by another. */
    private StoreOutcome whyNotInserted(String tenant, NewValue value) {
        Optional<StoredValue> sameId = byKey(tenant, value.sourceSystem(), value.sourceEventId(), false);
        if (sameId.isPresent()) {
            return value.sameAs(sameId.get())
                    ? new StoreOutcome.Unchanged(value)
                    : reused(value, sameId.get());
        }
        return currentOf(tenant, value.cell())
                .<StoreOutcome>map(current -> new StoreOutcome.Refused(Rejection.of(RejectionCode.VALUE_EXISTS, "'"
                        + value.indicator().key() + "' already has the value " + current.value().toPlainString() + " for unit "
                        + value.unitId() + " and " + value.period() + " (source event " + current.sourceEventId()
                        + "); a new value must name it in 'corrects'")))
                .orElseGet(() -> new StoreOutcome.Refused(Rejection.of(RejectionCode.STORE_FAILED,
                        "the value was neither stored nor found; send it again")));
    }

    private StoreOutcome storeCorrection(String tenant, NewValue value) {
        Optional<StoredValue> sameId = byKey(tenant, value.sourceSystem(), value.sourceEventId(), false);
        if (sameId.isPresent()) {
            return value.replacesCurrent() || value.sameAs(sameId.get()) ? new StoreOutcome.Unchanged(value) : reused(value, sameId.get());
        }
        Optional<StoredValue> target = value.replacesCurrent()
                ? currentForUpdate(tenant, value.cell())
                : byKey(tenant, value.sourceSystem(), value.corrects(), true);
        if (target.isEmpty()) {
            return value.replacesCurrent()
                    ? storeFirstValues(tenant, List.of(value)).get(0)
                    : refuse(RejectionCode.CORRECTS_UNKNOWN, "no value " + value.corrects() + " from " + value.sourceSystem()
                            + " to correct");
        }
        StoredValue replaced = target.get();
        if (!replaced.cell().equals(value.cell())) {
            return refuse(RejectionCode.CORRECTS_OTHER_CELL, "the value " + value.corrects() + " is for another indicator, unit or period ("
                    + replaced.period() + ", unit " + replaced.unitId() + ")");
        }
        if (!replaced.current()) {
            return refuse(RejectionCode.CORRECTS_REPLACED, "the value " + replaced.sourceEventId() + " was already replaced by "
                    + replaced.replacedBy() + "; correct that one");
        }
        NewValue correction = new NewValue(value.indicator(), value.unitId(), value.period(), value.value(), value.sourceSystem(),
                value.sourceEventId(), replaced.sourceEventId(), value.replacesCurrent(), value.recordedBy());
        jdbc.sql("""
                update indicator_value set current = false, replaced_by = :by
                where tenant_id = :tenant and source_system = :source and source_event_id = :event""")
                .param("by", correction.sourceEventId()).param("tenant", tenant)
                .param("source", replaced.sourceSystem()).param("event", replaced.sourceEventId())
                .update();
        jdbc.sql("""
                insert into indicator_value (tenant_id, source_system, source_event_id, indicator_id, unit_id, period, period_start,
                                             value, corrects, current, recorded_by)
                values (:tenant, :source, :event, :indicator, :unit, :period, :start, :value, :corrects, true, :recordedBy)""")
                .param("tenant", tenant).param("source", correction.sourceSystem()).param("event", correction.sourceEventId())
                .param("indicator", correction.indicator().id().value()).param("unit", correction.unitId())
                .param("period", correction.period().toString()).param("start", correction.period().firstDay())
                .param("value", correction.value()).param("corrects", correction.corrects())
                .param("recordedBy", correction.recordedBy())
                .update();
        return new StoreOutcome.Stored(correction, replaced);
    }

    @Override
    public List<StoredValue> current(String tenant, IndicatorId indicator, UUID unitId, Period from, Period to) {
        return jdbc.sql("""
                select * from indicator_value
                where tenant_id = :tenant and indicator_id = :indicator and unit_id = :unit and current
                  and period_start between :from and :to
                order by period_start""")
                .param("tenant", tenant).param("indicator", indicator.value()).param("unit", unitId)
                .param("from", from.firstDay()).param("to", to.lastDay())
                .query(VALUE).list();
    }

    @Override
    public List<StoredValue> history(String tenant, IndicatorId indicator, UUID unitId, Period period) {
        return jdbc.sql("""
                select * from indicator_value
                where tenant_id = :tenant and indicator_id = :indicator and unit_id = :unit and period = :period
                order by seq""")
                .param("tenant", tenant).param("indicator", indicator.value()).param("unit", unitId)
                .param("period", period.toString())
                .query(VALUE).list();
    }

    @Override
    public Optional<StoredValue> currentOf(String tenant, NewValue.Cell cell) {
        return current(tenant, cell, "");
    }

    private Optional<StoredValue> currentForUpdate(String tenant, NewValue.Cell cell) {
        return current(tenant, cell, " for update");
    }

    private Optional<StoredValue> current(String tenant, NewValue.Cell cell, String lock) {
        return jdbc.sql("""
                select * from indicator_value
                where tenant_id = :tenant and indicator_id = :indicator and unit_id = :unit and period = :period and current"""
                        + lock)
                .param("tenant", tenant).param("indicator", cell.indicatorId()).param("unit", cell.unitId())
                .param("period", cell.period().toString())
                .query(VALUE).optional();
    }

    private Optional<StoredValue> byKey(String tenant, String sourceSystem, String sourceEventId, boolean lock) {
        return jdbc.sql("select * from indicator_value where tenant_id = :tenant and source_system = :source and source_event_id = :event"
                        + (lock ? " for update" : ""))
                .param("tenant", tenant).param("source", sourceSystem).param("event", sourceEventId)
                .query(VALUE).optional();
    }

    private static StoreOutcome reused(NewValue value, StoredValue earlier) {
        return refuse(RejectionCode.EVENT_ID_REUSED, "the source event id " + value.sourceEventId() + " was used before for another value ("
                + earlier.value().toPlainString() + " for " + earlier.period() + ", unit " + earlier.unitId() + ")");
    }

    private static StoreOutcome refuse(RejectionCode code, String message) {
        return new StoreOutcome.Refused(Rejection.of(code, message));
    }

    private static Key key(NewValue value) {
        return new Key(value.sourceSystem(), value.sourceEventId());
    }
}
