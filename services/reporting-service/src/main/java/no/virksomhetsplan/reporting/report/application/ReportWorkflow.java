package no.virksomhetsplan.reporting.report.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.platform.domain.ConflictException;
import no.virksomhetsplan.platform.domain.ForbiddenException;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.security.Caller;
import no.virksomhetsplan.platform.security.Roles;
import no.virksomhetsplan.reporting.orgunit.application.UnitAccess;
import no.virksomhetsplan.reporting.orgunit.application.Units;
import no.virksomhetsplan.reporting.orgunit.domain.OrgUnit;
import no.virksomhetsplan.reporting.period.domain.Period;
import no.virksomhetsplan.reporting.report.domain.Report;
import no.virksomhetsplan.reporting.report.domain.ReportItem;
import no.virksomhetsplan.reporting.report.domain.ReportStatus;
import no.virksomhetsplan.reporting.report.domain.Reports;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report use cases and who may do them. Leaders write, refill and submit the reports of units they lead; a report
 * is approved or returned by a leader of a unit above it (the municipality's own report, with nothing above it, by a
 * kommunedirektør or administrator), never by the person who submitted it. Politicians read approved reports of the
 * municipality as a whole, nothing else.
 */
@Service
@Transactional
public class ReportWorkflow {

    private final Reports reports;
    private final ReportFill fill;
    private final UnitAccess access;
    private final Units units;
    private final Clock clock;

    ReportWorkflow(Reports reports, ReportFill fill, UnitAccess access, Units units) {
        this.reports = reports;
        this.fill = fill;
        this.access = access;
        this.units = units;
        this.clock = Clock.systemUTC();
    }

    /** A new draft for the unit and period, filled from the read models; unfinished items of the period before come along. */
    public Report create(Caller caller, UUID unitId, Period period) {
        OrgUnit unit = access.requireLeads(caller, unitId);
        if (reports.findFor(caller.tenant(), unit.id(), period).isPresent()) {
            throw new ConflictException(unit.name() + " already has a report for " + period + ".");
        }
        Report previous = reports.findFor(caller.tenant(), unit.id(), period.previous()).orElse(null);
        Report report = Report.create(UUID.randomUUID(), unit.id(), period, caller.username(), Instant.now(clock),
                fill.fill(caller.tenant(), unit, period), previous);
        List<UUID> carried = report.items().stream().filter(item -> item.carriedFrom() != null).map(ReportItem::refId).toList();
        if (!carried.isEmpty()) {
            var current = fill.current(caller.tenant(), carried);
            report.refill(report.items().stream()
                    .map(item -> item.carriedFrom() != null && current.containsKey(item.refId())
                            ? ReportFill.line(current.get(item.refId())).withStatusText(item.statusText())
                                    .carriedFrom(item.carriedFrom())
                            : item)
                    .toList());
        }
        if (!reports.add(caller.tenant(), report)) {
            throw new ConflictException(unit.name() + " already has a report for " + period + ".");
        }
        return report;
    }

    @Transactional(readOnly = true)
    public Report read(Caller caller, UUID id) {
        Report report = reports.find(caller.tenant(), id).orElseThrow(() -> notFound(id));
        requireMayRead(caller, report);
        return report;
    }

    /**
     * Reports the caller may read: for politicians the approved reports of the municipality as a whole; for leaders
     * those of the unit (default: the top of their part of the tree) and the units directly below it.
     */
    @Transactional(readOnly = true)
    public List<Report> list(Caller caller, UUID unitId, Period period) {
        if (isPolitician(caller)) {
            OrgUnit top = access.topOfMunicipality(caller).orElse(null);
            return top == null ? List.of() : reports.ofUnits(caller.tenant(), List.of(top.id()), period, ReportStatus.APPROVED);
        }
        OrgUnit unit = unitId != null ? access.requireLeads(caller, unitId)
                : access.topOfReach(caller).orElseThrow(() -> new ForbiddenException("Only leaders and politicians read reports."));
        List<UUID> ids = new java.util.ArrayList<>();
        ids.add(unit.id());
        units.children(caller.tenant(), unit.id()).forEach(child -> ids.add(child.id()));
        return reports.ofUnits(caller.tenant(), ids, period, null);
    }

    public Report write(Caller caller, UUID id, long version, String overall, Map<ReportItem.ItemKey, String> texts) {
        Report report = writable(caller, id);
        report.write(version, overall, texts);
        return saved(caller, report);
    }

    public Report refill(Caller caller, UUID id) {
        Report report = writable(caller, id);
        OrgUnit unit = units.findEvenClosed(caller.tenant(), report.unitId()).orElseThrow(() -> notFound(id));
        report.refill(fill.fill(caller.tenant(), unit, report.period()));
        return saved(caller, report);
    }

    /** Submitting refills the figures first, so what is submitted is what the read models say at that moment. */
    public Report submit(Caller caller, UUID id) {
        Report report = writable(caller, id);
        OrgUnit unit = units.findEvenClosed(caller.tenant(), report.unitId()).orElseThrow(() -> notFound(id));
        report.refill(fill.fill(caller.tenant(), unit, report.period()));
        report.submit(caller.username(), Instant.now(clock));
        return saved(caller, report);
    }

    public Report approve(Caller caller, UUID id) {
        Report report = decidable(caller, id);
        report.approve(caller.username(), Instant.now(clock));
        return saved(caller, report);
    }

    public Report returnWithComment(Caller caller, UUID id, String comment) {
        Report report = decidable(caller, id);
        report.returnWithComment(caller.username(), Instant.now(clock), comment);
        return saved(caller, report);
    }

    private Report saved(Caller caller, Report report) {
        reports.save(caller.tenant(), report);
        return reports.find(caller.tenant(), report.id()).orElseThrow();
    }

    private Report writable(Caller caller, UUID id) {
        Report report = reports.findForUpdate(caller.tenant(), id).orElseThrow(() -> notFound(id));
        OrgUnit unit = units.findEvenClosed(caller.tenant(), report.unitId()).orElseThrow(() -> notFound(id));
        if (!access.leads(caller, unit)) {
            throw new ForbiddenException("The report of " + unit.name() + " is outside your part of the organisation.");
        }
        return report;
    }

    private Report decidable(Caller caller, UUID id) {
        Report report = reports.findForUpdate(caller.tenant(), id).orElseThrow(() -> notFound(id));
        OrgUnit unit = units.findEvenClosed(caller.tenant(), report.unitId()).orElseThrow(() -> notFound(id));
        boolean superior = unit.isTop() ? access.seesEverything(caller) : access.leadsAbove(caller, unit);
        if (!superior) {
            throw new ForbiddenException(access.leads(caller, unit)
                    ? "This is your own unit's report; the leader above " + unit.name() + " approves or returns it."
                    : "The report of " + unit.name() + " is outside your part of the organisation.");
        }
        return report;
    }

    private void requireMayRead(Caller caller, Report report) {
        OrgUnit unit = units.findEvenClosed(caller.tenant(), report.unitId()).orElseThrow(() -> notFound(report.id()));
        if (isPolitician(caller)) {
            if (!unit.isTop() || report.status() != ReportStatus.APPROVED) {
                throw new ForbiddenException("Politicians read the municipality's approved reports only.");
            }
            return;
        }
        if (!access.leads(caller, unit)) {
            throw new ForbiddenException("The report of " + unit.name() + " is outside your part of the organisation.");
        }
    }

    private static boolean isPolitician(Caller caller) {
        return caller.hasRole(Roles.POLITIKER) && !caller.hasAnyRole(Roles.KOMMUNEDIREKTOR, Roles.ADMIN, Roles.KOMMUNALSJEF,
                Roles.VIRKSOMHETSLEDER);
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("No report " + id + " in your municipality.");
    }
}
