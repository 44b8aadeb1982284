package no.virksomhetsplan.reporting.report.application;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.platform.orgtree.OrgTreeReplica;
import no.virksomhetsplan.reporting.orgunit.application.Units;
import no.virksomhetsplan.reporting.orgunit.domain.OrgUnit;
import no.virksomhetsplan.reporting.period.domain.Period;
import no.virksomhetsplan.reporting.projection.application.GoalProgress;
import no.virksomhetsplan.reporting.projection.application.GoalProgress.GoalView;
import no.virksomhetsplan.reporting.projection.application.GoalProgress.IndicatorProgress;
import no.virksomhetsplan.reporting.projection.application.InternalControl;
import no.virksomhetsplan.reporting.projection.domain.ChecklistLine;
import no.virksomhetsplan.reporting.projection.domain.ControlFigures;
import no.virksomhetsplan.reporting.projection.domain.OpenDeviation;
import no.virksomhetsplan.reporting.projection.persistence.JdbcChecklists;
import no.virksomhetsplan.reporting.projection.domain.Counts;
import no.virksomhetsplan.reporting.projection.domain.ItemState;
import no.virksomhetsplan.reporting.projection.domain.UnitCounts;
import no.virksomhetsplan.reporting.projection.domain.WorkItem;
import no.virksomhetsplan.reporting.projection.persistence.JdbcCounterReads;
import no.virksomhetsplan.reporting.projection.persistence.JdbcWorkItems;
import no.virksomhetsplan.reporting.report.domain.Report;
import no.virksomhetsplan.reporting.report.domain.ReportItem;
import no.virksomhetsplan.reporting.report.domain.Reports;
import no.virksomhetsplan.reporting.report.domain.Section;
import org.springframework.stereotype.Component;

/**
 * What a report shows, from the read models: the status of the items of the unit and every unit below it due in the
 * period (by kind and status, from the counters), the unit's assignments flagged for the report, its goals and their
 * measure indicators for the period, for a unit with units below it each of their reports for the period (the
 * roll-up a sector or the municipality reports on), the unit's checklists and open deviations, and the
 * internal-control figures of its subtree (for a year: the annual report to the council, kommuneloven § 25-2).
 */
@Component
class ReportFill {

    static final String NOT_REPORTED = "NOT_REPORTED";
    /** The title of the internal-control line with every area together. */
    public static final String TOTAL = "TOTAL";
    private static final List<String> KINDS = List.of("ASSIGNMENT", "DELEGATION", "TASK");

    private final JdbcWorkItems items;
    private final GoalProgress goals;
    private final Units units;
    private final Reports reports;
    private final JdbcCounterReads counters;
    private final JdbcChecklists checklists;
    private final InternalControl internalControl;

    ReportFill(JdbcWorkItems items, GoalProgress goals, Units units, Reports reports, JdbcCounterReads counters,
            JdbcChecklists checklists, InternalControl internalControl) {
        this.checklists = checklists;
        this.internalControl = internalControl;
        this.counters = counters;
        this.items = items;
        this.goals = goals;
        this.units = units;
        this.reports = reports;
    }

    List<ReportItem> fill(String tenant, OrgUnit unit, Period period) {
        List<ReportItem> lines = new ArrayList<>();
        UnitCounts counts = counters.counts(tenant, period, List.of(unit.id())).get(unit.id());
        for (String kind : KINDS) {
            Counts subtree = counts.subtree(kind);
            Map<String, Long> byStatus = new LinkedHashMap<>(subtree.byStatusInOrder());
            byStatus.put(ItemState.OVERDUE, subtree.overdue());
            lines.add(ReportItem.statusLine(kind, byStatus));
        }
        for (WorkItem item : items.reportable(tenant, unit.id(), period)) {
            lines.add(line(item));
        }
        for (GoalView goal : goals.of(tenant, unit.id(), period)) {
            lines.add(new ReportItem(Section.GOAL, goal.id(), goal.title(), null, goal.status(), null, null, null, null, null,
                    goal.source(), null, null));
            for (IndicatorProgress indicator : goal.indicators()) {
                lines.add(new ReportItem(Section.INDICATOR, indicator.id(), indicator.name(), goal.title(), null,
                        indicator.light(), null, indicator.actual(), indicator.target(), indicator.unitOfMeasure(), null,
                        null, null));
            }
        }
        List<OrgUnit> children = units.children(tenant, unit.id());
        for (OrgUnit child : children) {
            Report report = reports.findFor(tenant, child.id(), period).orElse(null);
            lines.add(new ReportItem(Section.UNIT_REPORT, child.id(), child.name(), child.name(),
                    report == null ? NOT_REPORTED : report.status().name(), null, null, null, null, null,
                    report == null ? null : report.overallText(), null, null));
        }
        lines.addAll(checklistLines(tenant, unit, children, period));
        return lines;
    }

    /**
     * The unit's own checklists for the period (status SUBMITTED or the state it is in, the area as summary), its open
     * deviations whenever raised (status the severity, the follow-up deadline, light RED when past it), and the
     * internal-control figures of its subtree per area, in total and per unit below.
     */
    private List<ReportItem> checklistLines(String tenant, OrgUnit unit, List<OrgUnit> children, Period period) {
        LocalDate today = LocalDate.now(OrgTreeReplica.NORWAY);
        List<ReportItem> lines = new ArrayList<>();
        for (ChecklistLine checklist : checklists.ofUnits(tenant, List.of(unit.id()), period)) {
            lines.add(new ReportItem(Section.CHECKLIST, checklist.responseId(), checklist.title(), null, checklist.status(),
                    !checklist.submitted() && checklist.deadline().isBefore(today) ? "RED" : null, checklist.deadline(),
                    null, null, null, checklist.area(), null, null));
        }
        for (OpenDeviation deviation : checklists.openOf(tenant, unit.id())) {
            lines.add(new ReportItem(Section.DEVIATION, deviation.id(), deviation.questionText(), deviation.checklistTitle(),
                    deviation.severity(), deviation.overdue(today) ? "RED" : null, deviation.deadline(), null, null, null,
                    deviation.description(), null, null));
        }
        InternalControl.Figures figures = internalControl.figures(tenant, unit, children, period, today);
        figures.byArea().forEach((area, counts) -> lines.add(controlLine(area, counts)));
        lines.add(controlLine(TOTAL, figures.total()));
        for (InternalControl.UnitFigures child : figures.byUnit()) {
            lines.add(new ReportItem(Section.INTERNAL_CONTROL_UNIT, child.unit().id(), child.unit().name(), child.unit().name(),
                    null, null, null, null, null, null, null, null, null, child.figures().counts()));
        }
        return lines;
    }

    private static ReportItem controlLine(String area, ControlFigures figures) {
        return new ReportItem(Section.INTERNAL_CONTROL,
                UUID.nameUUIDFromBytes(("internal-control/" + area).getBytes(StandardCharsets.UTF_8)), area, null, null,
                null, null, null, null, null, null, null, null, figures.counts());
    }

    /** The current state of assignments carried over from an earlier report, where the read model has them. */
    Map<UUID, WorkItem> current(String tenant, List<UUID> ids) {
        return items.byIds(tenant, ids);
    }

    static ReportItem line(WorkItem item) {
        return new ReportItem(Section.ASSIGNMENT, item.id(), item.title(), null, item.status(), item.shownLight(),
                item.deadline(), null, null, null, item.statusNote(), null, null);
    }
}
