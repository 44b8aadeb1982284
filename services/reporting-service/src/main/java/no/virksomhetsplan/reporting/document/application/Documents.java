package no.virksomhetsplan.reporting.document.application;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import no.virksomhetsplan.platform.security.Caller;
import no.virksomhetsplan.reporting.orgunit.application.UnitAccess;
import no.virksomhetsplan.reporting.orgunit.application.Units;
import no.virksomhetsplan.reporting.orgunit.domain.OrgUnit;
import no.virksomhetsplan.reporting.period.domain.Period;
import no.virksomhetsplan.reporting.projection.application.GoalProgress;
import no.virksomhetsplan.reporting.projection.domain.Agreement;
import no.virksomhetsplan.reporting.projection.domain.ControlFigures;
import no.virksomhetsplan.reporting.projection.persistence.JdbcChecklists;
import no.virksomhetsplan.reporting.projection.persistence.JdbcPlans;
import no.virksomhetsplan.reporting.projection.persistence.JdbcWorkItems;
import no.virksomhetsplan.reporting.report.application.ReportWorkflow;
import no.virksomhetsplan.reporting.report.domain.Report;
import no.virksomhetsplan.reporting.report.domain.ReportItem;
import no.virksomhetsplan.reporting.report.domain.Section;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The printable documents, each from its own template under {@code templates/documents/}: a report, a year report's
 * internal-control report (kommuneloven § 25-2), a unit's virksomhetsplan for a year, and a leader agreement. Whoever may read the thing may print it.
 */
@Service
@Transactional(readOnly = true)
public class Documents {

    /** A rendered document. */
    public record Document(String fileName, byte[] pdf) {
    }

    private final PdfRenderer renderer;
    private final ReportWorkflow reports;
    private final UnitAccess access;
    private final Units units;
    private final JdbcPlans plans;
    private final JdbcWorkItems items;
    private final GoalProgress goals;
    private final JdbcChecklists checklists;
    private final Labels labels = new Labels();
    private final Clock clock = Clock.systemUTC();

    Documents(PdfRenderer renderer, ReportWorkflow reports, UnitAccess access, Units units, JdbcPlans plans,
            JdbcWorkItems items, GoalProgress goals, JdbcChecklists checklists) {
        this.checklists = checklists;
        this.renderer = renderer;
        this.reports = reports;
        this.access = access;
        this.units = units;
        this.plans = plans;
        this.items = items;
        this.goals = goals;
    }

    public Document report(Caller caller, UUID reportId) {
        Report report = reports.read(caller, reportId);
        OrgUnit unit = units.findEvenClosed(caller.tenant(), report.unitId()).orElseThrow();
        Map<String, Object> model = base(unit);
        model.put("report", report);
        model.put("title", "Rapport " + report.period().displayName() + " – " + unit.name());
        model.put("status", section(report, Section.STATUS));
        model.put("assignments", section(report, Section.ASSIGNMENT));
        model.put("goals", section(report, Section.GOAL));
        model.put("indicators", section(report, Section.INDICATOR));
        model.put("unitReports", section(report, Section.UNIT_REPORT));
        model.put("checklists", section(report, Section.CHECKLIST));
        model.put("deviations", section(report, Section.DEVIATION));
        return new Document("rapport-" + report.period() + ".pdf", renderer.pdf("report", model));
    }

    public Document unitPlan(Caller caller, UUID unitId, int year) {
        OrgUnit unit = access.requireLeadsOrBelongs(caller, unitId);
        Map<String, Object> model = base(unit);
        model.put("title", "Virksomhetsplan " + year + " – " + unit.name());
        model.put("year", year);
        model.put("letters", plans.lettersTo(caller.tenant(), unit.id(), year));
        model.put("goals", goals.of(caller.tenant(), unit.id(), Period.year(year)));
        model.put("assignments", items.ofUnitInYear(caller.tenant(), unit.id(), year));
        model.put("checklists", checklists.ofUnits(caller.tenant(), List.of(unit.id()), Period.year(year)));
        model.put("deviations", checklists.openOf(caller.tenant(), unit.id()));
        return new Document("virksomhetsplan-" + year + ".pdf", renderer.pdf("unit-plan", model));
    }

    /**
     * The annual internal-control report (kommuneloven § 25-2) of a unit's year report: its internal-control figures
     * per area and in total, per unit below, and the unit's open deviations, as the report holds them. For the
     * municipality's year report, once approved, this is what goes to the council; whoever may read the report may print it.
     */
    public Document internalControl(Caller caller, UUID reportId) {
        Report report = reports.read(caller, reportId);
        if (report.period().kind() != Period.Kind.YEAR) {
            throw new RuleViolationException("period: the internal-control report is a year report's; this report is for "
                    + report.period() + ".");
        }
        OrgUnit unit = units.findEvenClosed(caller.tenant(), report.unitId()).orElseThrow();
        Map<String, Object> model = base(unit);
        model.put("report", report);
        model.put("year", report.period().year());
        model.put("title", "Årsrapport om internkontroll " + report.period().year() + " – " + unit.name());
        List<ReportItem> areas = section(report, Section.INTERNAL_CONTROL);
        model.put("areas", areas.stream().anyMatch(line -> !ControlFigures.of(line.counts()).isEmpty()) ? areas : List.of());
        model.put("units", section(report, Section.INTERNAL_CONTROL_UNIT));
        model.put("deviations", section(report, Section.DEVIATION));
        return new Document("internkontroll-" + report.period().year() + ".pdf", renderer.pdf("internal-control", model));
    }

    public Document agreement(Caller caller, UUID unitId, int year) {
        OrgUnit unit = access.requireLeadsOrBelongs(caller, unitId);
        Agreement agreement = plans.agreementOf(caller.tenant(), unit.id(), year)
                .orElseThrow(() -> new NotFoundException("No agreed leader agreement for " + unit.name() + " in " + year + "."));
        Map<String, Object> model = base(unit);
        model.put("title", "Lederavtale " + year + " – " + unit.name());
        model.put("agreement", agreement);
        return new Document("lederavtale-" + year + ".pdf", renderer.pdf("leader-agreement", model));
    }

    private Map<String, Object> base(OrgUnit unit) {
        Map<String, Object> model = new HashMap<>();
        model.put("unit", unit);
        model.put("labels", labels);
        model.put("printedAt", Instant.now(clock));
        return model;
    }

    private static List<ReportItem> section(Report report, Section section) {
        return report.items().stream().filter(item -> item.section() == section).toList();
    }
}
