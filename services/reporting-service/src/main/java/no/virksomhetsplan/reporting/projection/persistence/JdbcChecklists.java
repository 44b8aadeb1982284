package no.virksomhetsplan.reporting.projection.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.contracts.checklists.ChecklistDistributed;
import no.virksomhetsplan.contracts.checklists.ChecklistTemplateChanged;
import no.virksomhetsplan.contracts.checklists.DeviationClosed;
import no.virksomhetsplan.contracts.checklists.DeviationRaised;
import no.virksomhetsplan.contracts.checklists.DistributionClosed;
import no.virksomhetsplan.platform.orgtree.OrgTreeReplica;
import no.virksomhetsplan.reporting.period.domain.Period;
import no.virksomhetsplan.reporting.projection.domain.ChecklistLine;
import no.virksomhetsplan.reporting.projection.domain.ControlFigures;
import no.virksomhetsplan.reporting.projection.domain.OpenDeviation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Checklist templates (each version's area), distributions, units' checklists and deviations, as checklists-service's
 * events describe them. A row keeps the version of the event it was built from and only a higher one replaces what it
 * says; a template version never changes. A closing (of a distribution or a deviation) that arrives before what it
 * closes keeps the closing, and the later event fills in the rest, so any order of delivery ends in the same rows.
 */
@Repository
public class JdbcChecklists {

    /** A response's status before anything was saved to it. */
    public static final String OPEN = "OPEN";

    private final JdbcClient jdbc;

    JdbcChecklists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void template(String tenant, ChecklistTemplateChanged template) {
        jdbc.sql("""
                insert into checklist_template (tenant_id, id, version, name, area)
                values (:tenant, :id, :version, :name, :area)
                on conflict (tenant_id, id, version) do nothing""")
                .param("tenant", tenant).param("id", template.templateId()).param("version", template.version())
                .param("name", template.name()).param("area", template.area())
                .update();
    }

    /** The distribution, and a checklist for each unit in it. */
    public void distributed(String tenant, ChecklistDistributed d) {
        Period period = period(d.periodKind(), d.periodYear(), d.periodNumber());
        jdbc.sql("""
                insert into checklist_distribution (tenant_id, id, template_id, template_version, title, period_kind, year,
                                                    first_month, last_month, deadline, in_monthly_report, version)
                values (:tenant, :id, :template, :templateVersion, :title, :kind, :year, :first, :last, :deadline, :inReport, 1)
                on conflict (tenant_id, id) do update set
                    template_id = excluded.template_id, template_version = excluded.template_version, title = excluded.title,
                    period_kind = excluded.period_kind, year = excluded.year, first_month = excluded.first_month,
                    last_month = excluded.last_month, deadline = excluded.deadline,
                    in_monthly_report = excluded.in_monthly_report""")
                .param("tenant", tenant).param("id", d.distributionId()).param("template", d.templateId())
                .param("templateVersion", d.templateVersion()).param("title", d.title()).param("kind", d.periodKind())
                .param("year", d.periodYear()).param("first", period.firstMonth()).param("last", period.lastMonth())
                .param("deadline", d.deadline()).param("inReport", d.includeInMonthlyReport())
                .update();
        for (ChecklistDistributed.UnitChecklist unit : d.units()) {
            jdbc.sql("""
                    insert into checklist_response (tenant_id, id, distribution_id, unit_id, responsible, status, version)
                    values (:tenant, :id, :distribution, :unit, :responsible, :status, 0)
                    on conflict (tenant_id, id) do update set responsible = excluded.responsible""")
                    .param("tenant", tenant).param("id", unit.responseId()).param("distribution", d.distributionId())
                    .param("unit", unit.unitId()).param("responsible", unit.responsible()).param("status", OPEN)
                    .update();
        }
    }

    public void distributionClosed(String tenant, DistributionClosed closed) {
        jdbc.sql("""
                insert into checklist_distribution (tenant_id, id, closed, version) values (:tenant, :id, true, :version)
                on conflict (tenant_id, id) do update set closed = true, version = excluded.version
                where checklist_distribution.version < excluded.version""")
                .param("tenant", tenant).param("id", closed.distributionId()).param("version", closed.version())
                .update();
    }

    /** A response's new state: ANSWERING after saved answers, SUBMITTED once submitted. */
    public void response(String tenant, UUID id, UUID distribution, UUID unit, String status, String submittedBy,
            Instant submittedAt, long version) {
        jdbc.sql("""
                insert into checklist_response (tenant_id, id, distribution_id, unit_id, status, submitted_by, submitted_at, version)
                values (:tenant, :id, :distribution, :unit, :status, :by, :at, :version)
                on conflict (tenant_id, id) do update set
                    status = excluded.status, submitted_by = excluded.submitted_by, submitted_at = excluded.submitted_at,
                    version = excluded.version
                where checklist_response.version < excluded.version""")
                .param("tenant", tenant).param("id", id).param("distribution", distribution).param("unit", unit)
                .param("status", status).param("by", submittedBy)
                .param("at", submittedAt == null ? null : Timestamp.from(submittedAt)).param("version", version)
                .update();
    }

    public void deviationRaised(String tenant, DeviationRaised d) {
        jdbc.sql("""
                insert into deviation (tenant_id, id, distribution_id, response_id, unit_id, checklist_title, question_text,
                                       description, severity, responsible, deadline, follow_up_id, raised_at, version)
                values (:tenant, :id, :distribution, :response, :unit, :title, :question, :description, :severity,
                        :responsible, :deadline, :followUp, :raisedAt, 1)
                on conflict (tenant_id, id) do update set
                    response_id = excluded.response_id, checklist_title = excluded.checklist_title,
                    question_text = excluded.question_text, description = excluded.description,
                    severity = excluded.severity, responsible = excluded.responsible, deadline = excluded.deadline,
                    follow_up_id = excluded.follow_up_id, raised_at = excluded.raised_at""")
                .param("tenant", tenant).param("id", d.deviationId()).param("distribution", d.distributionId())
                .param("response", d.responseId()).param("unit", d.unitId()).param("title", d.checklistTitle())
                .param("question", d.questionText()).param("description", d.description()).param("severity", d.severity())
                .param("responsible", d.responsible()).param("deadline", d.deadline()).param("followUp", d.followUpId())
                .param("raisedAt", Timestamp.from(d.raisedAt()))
                .update();
    }

    public void deviationClosed(String tenant, DeviationClosed d) {
        jdbc.sql("""
                insert into deviation (tenant_id, id, distribution_id, unit_id, follow_up_id, closed_by, closed_at, version)
                values (:tenant, :id, :distribution, :unit, :followUp, :by, :at, :version)
                on conflict (tenant_id, id) do update set
                    closed_by = excluded.closed_by, closed_at = excluded.closed_at, version = excluded.version
                where deviation.version < excluded.version""")
                .param("tenant", tenant).param("id", d.deviationId()).param("distribution", d.distributionId())
                .param("unit", d.unitId()).param("followUp", d.followUpId()).param("by", d.closedBy())
                .param("at", Timestamp.from(d.closedAt())).param("version", d.version())
                .update();
    }

    /** The units' own checklists for distributions within the period, by deadline and title. */
    public List<ChecklistLine> ofUnits(String tenant, List<UUID> units, Period period) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select r.id, r.unit_id, r.status, d.title, d.period_kind, d.year, d.first_month, d.last_month, d.deadline,
                       d.closed, coalesce(t.area, 'OTHER') as area
                from checklist_response r
                join checklist_distribution d on d.tenant_id = r.tenant_id and d.id = r.distribution_id
                left join checklist_template t on t.tenant_id = d.tenant_id and t.id = d.template_id and t.version = d.template_version
                where r.tenant_id = :tenant and r.unit_id in (:units)
                  and d.year = :year and d.first_month >= :first and d.last_month <= :last
                order by d.deadline, d.title, r.id""")
                .param("tenant", tenant).param("units", units).param("year", period.year())
                .param("first", period.firstMonth()).param("last", period.lastMonth())
                .query((rs, n) -> new ChecklistLine(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class),
                        rs.getString("title"), rs.getString("area"), periodOf(rs).toString(),
                        rs.getObject("deadline", LocalDate.class), rs.getString("status"), rs.getBoolean("closed")))
                .list();
    }

    /** The unit's own deviations that are not closed, whenever they were raised: the most severe and oldest first. */
    public List<OpenDeviation> openOf(String tenant, UUID unit) {
        return jdbc.sql("""
                select * from deviation
                where tenant_id = :tenant and unit_id = :unit and closed_at is null and raised_at is not null
                order by case severity when 'HIGH' then 0 when 'MEDIUM' then 1 else 2 end, deadline, raised_at, id""")
                .param("tenant", tenant).param("unit", unit)
                .query((rs, n) -> new OpenDeviation(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class),
                        rs.getString("checklist_title"), rs.getString("question_text"), rs.getString("description"),
                        rs.getString("severity"), rs.getString("responsible"), rs.getObject("deadline", LocalDate.class),
                        rs.getTimestamp("raised_at").toInstant()))
                .list();
    }

    /**
     * The figures of each scope's subtree (the unit and every unit below it, as the org tree replica has them) per area:
     * checklists of the distributions within the period, and deviations raised in it ({@code period} null: the
     * deviations still open, whenever raised, and no checklists). Open deviations past their deadline are counted against {@code today}.
     */
    public Map<UUID, Map<String, ControlFigures>> figures(String tenant, List<UUID> scopes, Period period, LocalDate today) {
        Map<UUID, Map<String, ControlFigures>> figures = new HashMap<>();
        if (scopes.isEmpty()) {
            return figures;
        }
        if (period != null) {
            jdbc.sql("""
                    with scope as (select unit_id as scope_id, path from org_unit_replica
                                   where tenant_id = :tenant and unit_id in (:scopes))
                    select scope.scope_id, coalesce(t.area, 'OTHER') as area, count(*) as given,
                           count(*) filter (where r.status = 'SUBMITTED') as answered,
                           count(*) filter (where r.status <> 'SUBMITTED' and d.deadline < :today) as late
                    from checklist_distribution d
                    join checklist_response r on r.tenant_id = :tenant and r.distribution_id = d.id
                    join org_unit_replica u on u.tenant_id = :tenant and u.unit_id = r.unit_id
                    join scope on u.path like scope.path || '%'
                    left join checklist_template t on t.tenant_id = :tenant and t.id = d.template_id and t.version = d.template_version
                    where d.tenant_id = :tenant and d.year = :year and d.first_month >= :first and d.last_month <= :last
                    group by 1, 2""")
                    .param("tenant", tenant).param("scopes", scopes).param("today", today).param("year", period.year())
                    .param("first", period.firstMonth()).param("last", period.lastMonth())
                    .query((rs, n) -> add(figures, rs, ControlFigures.checklists(rs.getLong("given"), rs.getLong("answered"),
                            rs.getLong("late"))))
                    .list();
        }
        Instant from = period == null ? null : period.firstDay().atStartOfDay(OrgTreeReplica.NORWAY).toInstant();
        Instant to = period == null ? null : period.lastDay().plusDays(1).atStartOfDay(OrgTreeReplica.NORWAY).toInstant();
        jdbc.sql("""
                with scope as (select unit_id as scope_id, path from org_unit_replica
                               where tenant_id = :tenant and unit_id in (:scopes))
                select scope.scope_id, coalesce(t.area, 'OTHER') as area,
                       count(*) filter (where v.severity = 'HIGH') as raised_high,
                       count(*) filter (where v.severity = 'MEDIUM') as raised_medium,
                       count(*) filter (where v.severity not in ('HIGH', 'MEDIUM')) as raised_low,
                       count(*) filter (where v.closed_at is not null
                                        and (v.closed_at at time zone 'Europe/Oslo')::date <= v.deadline) as closed_on_time,
                       count(*) filter (where v.closed_at is not null
                                        and (v.closed_at at time zone 'Europe/Oslo')::date > v.deadline) as closed_late,
                       count(*) filter (where v.closed_at is null and v.severity = 'HIGH') as open_high,
                       count(*) filter (where v.closed_at is null and v.severity = 'MEDIUM') as open_medium,
                       count(*) filter (where v.closed_at is null and v.severity not in ('HIGH', 'MEDIUM')) as open_low,
                       count(*) filter (where v.closed_at is null and v.deadline < :today) as open_overdue
                from deviation v
                join org_unit_replica u on u.tenant_id = :tenant and u.unit_id = v.unit_id
                join scope on u.path like scope.path || '%'
                left join checklist_distribution d on d.tenant_id = :tenant and d.id = v.distribution_id
                left join checklist_template t on t.tenant_id = :tenant and t.id = d.template_id and t.version = d.template_version
                where v.tenant_id = :tenant and v.raised_at is not null
                  and (cast(:from as timestamptz) is null and v.closed_at is null
                       or v.raised_at >= :from and v.raised_at < :to)
                group by 1, 2""")
                .param("tenant", tenant).param("scopes", scopes).param("today", today)
                .param("from", from == null ? null : Timestamp.from(from)).param("to", to == null ? null : Timestamp.from(to))
                .query((rs, n) -> add(figures, rs, ControlFigures.deviations(rs.getLong("raised_high"),
                        rs.getLong("raised_medium"), rs.getLong("raised_low"), rs.getLong("closed_on_time"),
                        rs.getLong("closed_late"), rs.getLong("open_high"), rs.getLong("open_medium"),
                        rs.getLong("open_low"), rs.getLong("open_overdue"))))
                .list();
        return figures;
    }

    private static boolean add(Map<UUID, Map<String, ControlFigures>> figures, ResultSet rs, ControlFigures more)
            throws SQLException {
        figures.computeIfAbsent(rs.getObject("scope_id", UUID.class), id -> new HashMap<>())
                .merge(rs.getString("area"), more, ControlFigures::plus);
        return true;
    }

    private static Period periodOf(ResultSet rs) throws SQLException {
        int first = rs.getInt("first_month");
        int last = rs.getInt("last_month");
        return period(rs.getString("period_kind"), rs.getInt("year"),
                switch (rs.getString("period_kind")) {
                    case "MONTH" -> first;
                    case "TERTIAL" -> last / 4;
                    default -> 1;
                });
    }

    private static Period period(String kind, int year, int number) {
        return new Period(Period.Kind.valueOf(kind), year, number);
    }
}
