package no.virksomhetsplan.reporting.report.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.reporting.orgunit.application.Units;
import no.virksomhetsplan.reporting.orgunit.domain.OrgUnit;
import no.virksomhetsplan.reporting.period.domain.Period;
import no.virksomhetsplan.reporting.projection.application.GoalProgress;
import no.virksomhetsplan.reporting.projection.application.GoalProgress.GoalView;
import no.virksomhetsplan.reporting.projection.application.GoalProgress.IndicatorProgress;
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
 * measure indicators for the period, and for a unit with units below it each of their reports for the period (the
 * roll-up a sector or the municipality reports on).
 */
@Component
class ReportFill {

    static final String NOT_REPORTED = "NOT_REPORTED";
    private static final List<String> KINDS = List.of("ASSIGNMENT", "DELEGATION", "TASK");

    private final JdbcWorkItems items;
    private final GoalProgress goals;
    private final Units units;
    private final Reports reports;
    private final JdbcCounterReads counters;

    ReportFill(JdbcWorkItems items, GoalProgress goals, Units units, Reports reports, JdbcCounterReads counters) {
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
        return lines;
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
