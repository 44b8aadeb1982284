package no.virksomhetsplan.plans.planyear.application;

import java.util.List;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.plans.planyear.domain.PlanYear;
import no.virksomhetsplan.plans.planyear.domain.PlanYears;
import no.virksomhetsplan.platform.audit.AuditLog;
import no.virksomhetsplan.platform.domain.ForbiddenException;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import no.virksomhetsplan.platform.messaging.Outbox;
import no.virksomhetsplan.platform.security.Caller;
import no.virksomhetsplan.platform.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens, activates and closes plan years; and tells every other feature whether a year may still change. */
@Service
public class PlanYearService {

    private final PlanYears planYears;
    private final Outbox outbox;
    private final AuditLog audit;

    PlanYearService(PlanYears planYears, Outbox outbox, AuditLog audit) {
        this.planYears = planYears;
        this.outbox = outbox;
        this.audit = audit;
    }

    @Transactional
    public PlanYear open(Caller caller, int year) {
        requireSteering(caller);
        PlanYear.Changed opened = PlanYear.open(caller.tenant(), year);
        planYears.add(opened.planYear());
        outbox.add(Topics.PLANS, caller.tenant(), opened.event());
        audit.record(caller, "plan-year.opened", null, opened.event().subject(), opened.event());
        return opened.planYear();
    }

    @Transactional
    public PlanYear activate(Caller caller, int year) {
        requireSteering(caller);
        PlanYear current = get(caller.tenant(), year);
        return save(caller, "plan-year.activated", current.activate(), current.version());
    }

    @Transactional
    public PlanYear close(Caller caller, int year) {
        requireSteering(caller);
        PlanYear current = get(caller.tenant(), year);
        return save(caller, "plan-year.closed", current.close(), current.version());
    }

    @Transactional(readOnly = true)
    public List<PlanYear> all(Caller caller) {
        return planYears.all(caller.tenant());
    }

    /**
     * Every write that belongs to a plan year calls this first, in its own transaction: the year stays locked
     * against closing until that write commits.
     *
     * @throws RuleViolationException if the year has not been opened or is closed (read-only)
     */
    @Transactional
    public void requireWritable(String tenant, int year) {
        PlanYear planYear = planYears.findLocked(tenant, year)
                .orElseThrow(() -> new RuleViolationException("The plan year " + year + " has not been opened."));
        if (planYear.isClosed()) {
            throw new RuleViolationException("The plan year " + year + " is closed and can no longer be changed.");
        }
    }

    private PlanYear get(String tenant, int year) {
        return planYears.find(tenant, year).orElseThrow(() -> new NotFoundException("No plan year " + year + " in your municipality."));
    }

    private PlanYear save(Caller caller, String action, PlanYear.Changed changed, long expectedVersion) {
        planYears.update(changed.planYear(), expectedVersion);
        outbox.add(Topics.PLANS, caller.tenant(), changed.event());
        audit.record(caller, action, null, changed.event().subject(), changed.event());
        return changed.planYear();
    }

    private static void requireSteering(Caller caller) {
        if (!caller.hasAnyRole(Roles.ADMIN, Roles.KOMMUNEDIREKTOR)) {
            throw new ForbiddenException("Only the kommunedirektør or an administrator opens and closes plan years.");
        }
    }
}
