package no.virksomhetsplan.reporting.projection.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.virksomhetsplan.reporting.period.domain.Period;
import no.virksomhetsplan.reporting.projection.domain.CounterDeltas;
import no.virksomhetsplan.reporting.projection.domain.ItemState;
import no.virksomhetsplan.reporting.projection.domain.StatusCounters;
import no.virksomhetsplan.reporting.projection.domain.WorkItem;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Assignments, delegations and tasks as their latest events describe them. An event older than (or as old as) the
 * row is ignored; a newer one replaces the row and moves the counters by what the item counted before and counts now.
 */
@Repository
public class JdbcWorkItems {

    /** One item's state as an event carries it. */
    public record Item(UUID id, String kind, UUID assignmentId, UUID unitId, String title, String responsible,
            LocalDate deadline, String status, String light, LocalDate overdueSince, Boolean includeInReport,
            String statusNote, Instant changedAt, long version) {

        ItemState state() {
            return new ItemState(kind, unitId, deadline, status, overdueSince, version);
        }
    }

    private final JdbcClient jdbc;
    private final StatusCounters counters;

    JdbcWorkItems(JdbcClient jdbc, StatusCounters counters) {
        this.jdbc = jdbc;
        this.counters = counters;
    }

    /** @param item {@code includeInReport} null for delegations and tasks (the assignment's flag applies) */
    public void apply(String tenant, Item item) {
        Optional<ItemState> before = jdbc.sql("""
                select kind, unit_id, deadline, status, overdue_since, version from work_item
                where tenant_id = :tenant and id = :id for update""")
                .param("tenant", tenant).param("id", item.id())
                .query((rs, n) -> new ItemState(rs.getString("kind"), rs.getObject("unit_id", UUID.class),
                        rs.getObject("deadline", LocalDate.class), rs.getString("status"),
                        rs.getObject("overdue_since", LocalDate.class), rs.getLong("version")))
                .optional();
        if (before.isPresent() && before.get().version() >= item.version()) {
            return;
        }
        jdbc.sql("""
                insert into work_item (tenant_id, id, kind, assignment_id, unit_id, title, responsible, deadline, status, light,
                                       overdue_since, include_in_report, status_note, changed_at, version)
                values (:tenant, :id, :kind, :assignment, :unit, :title, :responsible, :deadline, :status, :light,
                        :overdueSince, :include, :note, :changedAt, :version)
                on conflict (tenant_id, id) do update set
                    unit_id = excluded.unit_id, title = excluded.title, responsible = excluded.responsible,
                    deadline = excluded.deadline, status = excluded.status, light = excluded.light,
                    overdue_since = excluded.overdue_since, include_in_report = excluded.include_in_report,
                    status_note = excluded.status_note, changed_at = excluded.changed_at, version = excluded.version""")
                .param("tenant", tenant).param("id", item.id()).param("kind", item.kind())
                .param("assignment", item.assignmentId()).param("unit", item.unitId()).param("title", item.title())
                .param("responsible", item.responsible()).param("deadline", item.deadline()).param("status", item.status())
                .param("light", item.light()).param("overdueSince", item.overdueSince())
                .param("include", item.includeInReport() != null && item.includeInReport())
                .param("note", item.statusNote()).param("changedAt", Timestamp.from(item.changedAt()))
                .param("version", item.version())
                .update();
        counters.add(tenant, CounterDeltas.of(before.orElse(null), item.state()));
    }

    /**
     * The unit's assignments flagged for its report and the delegations it received of flagged assignments, that are
     * not cancelled and are still open or due on or after the period's first day; earliest deadline first.
     */
    public List<WorkItem> reportable(String tenant, UUID unitId, Period period) {
        return jdbc.sql("select " + COLUMNS + """
                 where w.tenant_id = :tenant and w.unit_id = :unit and w.kind in ('ASSIGNMENT', 'DELEGATION')
                   and a.include_in_report and w.status <> 'CANCELLED'
                   and (w.status <> 'DONE' or w.deadline >= :from)
                 order by w.deadline, w.id""")
                .param("tenant", tenant).param("unit", unitId).param("from", period.firstDay())
                .query(ITEM).list();
    }

    /** The unit's assignments and received delegations due in the year, for its plan document. */
    public List<WorkItem> ofUnitInYear(String tenant, UUID unitId, int year) {
        return jdbc.sql("select " + COLUMNS + """
                 where w.tenant_id = :tenant and w.unit_id = :unit and w.kind in ('ASSIGNMENT', 'DELEGATION')
                   and w.status <> 'CANCELLED' and w.deadline between :from and :to
                 order by w.deadline, w.id""")
                .param("tenant", tenant).param("unit", unitId).param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31))
                .query(ITEM).list();
    }

    /** Items by id (those the read model has). */
    public Map<UUID, WorkItem> byIds(String tenant, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, WorkItem> found = new HashMap<>();
        jdbc.sql("select " + COLUMNS + " where w.tenant_id = :tenant and w.id in (:ids)")
                .param("tenant", tenant).param("ids", List.copyOf(ids))
                .query(ITEM).list().forEach(item -> found.put(item.id(), item));
        return found;
    }

    private static final String COLUMNS = """
            w.id, w.kind, w.assignment_id, w.unit_id, coalesce(w.title, a.title, '') as title, w.responsible, w.deadline,
            w.status, w.light, w.overdue_since, w.status_note
            from work_item w left join work_item a on a.tenant_id = w.tenant_id and a.id = w.assignment_id
            """;

    private static final RowMapper<WorkItem> ITEM = (rs, n) -> new WorkItem(rs.getObject("id", UUID.class),
            rs.getString("kind"), rs.getObject("assignment_id", UUID.class), rs.getObject("unit_id", UUID.class),
            rs.getString("title"), rs.getString("responsible"), rs.getObject("deadline", LocalDate.class),
            rs.getString("status"), rs.getString("light"), rs.getObject("overdue_since", LocalDate.class),
            rs.getString("status_note"));
}
