package no.virksomhetsplan.reporting.overview.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import no.virksomhetsplan.platform.orgtree.OrgTreeReplica;
import no.virksomhetsplan.platform.security.Caller;
import no.virksomhetsplan.reporting.orgunit.application.UnitAccess;
import no.virksomhetsplan.reporting.orgunit.application.Units;
import no.virksomhetsplan.reporting.orgunit.domain.OrgUnit;
import no.virksomhetsplan.reporting.period.domain.Period;
import no.virksomhetsplan.reporting.projection.application.GoalProgress;
import no.virksomhetsplan.reporting.projection.application.GoalProgress.GoalView;
import no.virksomhetsplan.reporting.projection.application.InternalControl;
import no.virksomhetsplan.reporting.projection.application.InternalControl.UnitChecklists;
import no.virksomhetsplan.reporting.projection.domain.UnitCounts;
import no.virksomhetsplan.reporting.projection.persistence.JdbcCounterReads;
import no.virksomhetsplan.reporting.report.domain.ReportStatus;
import no.virksomhetsplan.reporting.report.domain.Reports;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A leader's status overview of a unit they lead for a period: the counters of the unit and of each unit directly
 * below it (drill down by asking for a child), the unit's goals with their indicators against targets, each unit's
 * report status, checklist completion and deviations of the unit and each unit below, and which units below it have
 * not reported.
 */
@Service
@Transactional(readOnly = true)
public class StatusOverview {

    /**
     * @param reportStatus the unit's report for the period, or null when it has none
     * @param checklists   the unit's checklists for the period, its subtree's, and the subtree's open deviations
     */
    public record UnitOverview(OrgUnit unit, UnitCounts counts, ReportStatus reportStatus, UnitChecklists checklists) {

        public boolean reported() {
            return reportStatus != null && reportStatus.reported();
        }
    }

    public record Overview(Period period, UnitOverview unit, List<GoalView> goals, List<UnitOverview> children) {

        public List<OrgUnit> notReported() {
            return children.stream().filter(child -> !child.reported()).map(UnitOverview::unit).toList();
        }

        /** Units directly below with checklists in the period that are not submitted (in their subtree). */
        public List<OrgUnit> checklistsNotAnswered() {
            return children.stream().filter(child -> child.checklists().subtree().notAnswered() > 0)
                    .map(UnitOverview::unit).toList();
        }
    }

    private final UnitAccess access;
    private final Units units;
    private final JdbcCounterReads counters;
    private final GoalProgress goals;
    private final Reports reports;
    private final InternalControl checklists;

    StatusOverview(UnitAccess access, Units units, JdbcCounterReads counters, GoalProgress goals, Reports reports,
            InternalControl checklists) {
        this.checklists = checklists;
        this.access = access;
        this.units = units;
        this.counters = counters;
        this.goals = goals;
        this.reports = reports;
    }

    /** @param unitId null for the top of the caller's part of the tree */
    public Overview overview(Caller caller, UUID unitId, Period period) {
        return overview(caller.tenant(), unitFor(caller, unitId), period, LocalDate.now(OrgTreeReplica.NORWAY));
    }

    /**
     * The unit whose overview the caller asks for, if they lead it. Its reads need no transaction of their own (a
     * cached overview is served after this check, and a transaction would cost more than the reads).
     *
     * @param unitId null for the top of the caller's part of the tree
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public OrgUnit unitFor(Caller caller, UUID unitId) {
        return unitId != null ? access.requireLeads(caller, unitId)
                : access.topOfReach(caller).orElseThrow(() -> new RuleViolationException(
                        "unitId: say which unit; the overview is for leaders, of a unit they lead."));
    }

    /** The overview of a unit whose access has been checked ({@link #unitFor}), as on the given day. */
    public Overview overview(String tenant, OrgUnit unit, Period period, LocalDate today) {
        List<OrgUnit> children = units.children(tenant, unit.id());
        List<UUID> ids = new ArrayList<>();
        ids.add(unit.id());
        children.forEach(child -> ids.add(child.id()));
        Map<UUID, UnitCounts> counts = counters.counts(tenant, period, ids);
        Map<UUID, ReportStatus> statuses = reports.statuses(tenant, period, ids);
        Map<UUID, UnitChecklists> lists = checklists.of(tenant, ids, period, today);
        return new Overview(period, new UnitOverview(unit, counts.get(unit.id()), statuses.get(unit.id()), lists.get(unit.id())),
                goals.of(tenant, unit.id(), period),
                children.stream().map(child -> new UnitOverview(child, counts.get(child.id()), statuses.get(child.id()),
                        lists.get(child.id()))).toList());
    }
}
