package no.virksomhetsplan.plans.goal.application;

import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.plans.goal.domain.Goal;
import no.virksomhetsplan.plans.goal.domain.GoalSourceKind;
import no.virksomhetsplan.plans.goal.domain.Goals;
import no.virksomhetsplan.plans.orgunit.application.UnitAccess;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnit;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnits;
import no.virksomhetsplan.platform.audit.AuditLog;
import no.virksomhetsplan.platform.domain.ForbiddenException;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import no.virksomhetsplan.platform.messaging.Outbox;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sets a new goal for a unit the caller leads; the goal and its event commit together. */
@Service
public class CreateGoal {

    private final Goals goals;
    private final OrgUnits units;
    private final UnitAccess unitAccess;
    private final GoalAccess access;
    private final GoalYears years;
    private final Outbox outbox;
    private final AuditLog audit;

    CreateGoal(Goals goals, OrgUnits units, UnitAccess unitAccess, GoalAccess access, GoalYears years, Outbox outbox, AuditLog audit) {
        this.goals = goals;
        this.units = units;
        this.unitAccess = unitAccess;
        this.access = access;
        this.years = years;
        this.outbox = outbox;
        this.audit = audit;
    }

    @Transactional
    public Goal handle(Caller caller, CreateGoalCommand command) {
        String tenant = caller.tenant();
        OrgUnit owner = owner(caller, command);
        if (!access.mayEdit(caller, owner)) {
            throw new ForbiddenException("Goals of " + owner.name() + " are set by those who lead it; it is outside your part of the organisation.");
        }
        if (command.content().parentId() != null && goals.find(tenant, command.content().parentId()).isEmpty()) {
            throw new NotFoundException("The parent goal " + command.content().parentId() + " does not exist in your municipality.");
        }
        years.requireNotAllClosed(caller, command.content().years());
        Goal.Created created = Goal.create(tenant, command.content(), owner);
        goals.add(created.goal());
        outbox.add(Topics.PLANS, tenant, created.event());
        audit.record(caller, "goal.created", created.goal().ownerUnitId().value(), created.goal().id().toString(), created.event());
        return created.goal();
    }

    private OrgUnit owner(Caller caller, CreateGoalCommand command) {
        if (command.ownerUnitId() != null) {
            return units.find(caller.tenant(), command.ownerUnitId())
                    .orElseThrow(() -> new NotFoundException("The owning unit " + command.ownerUnitId() + " does not exist in your municipality."));
        }
        if (command.content().source().kind() == GoalSourceKind.KOMMUNEPLAN) {
            return units.all(caller.tenant()).stream().filter(unit -> unit.parentId() == null).findFirst()
                    .orElseThrow(() -> new RuleViolationException("The municipality has no org tree yet; a goal needs an owning unit."));
        }
        return unitAccess.ownUnit(caller)
                .orElseThrow(() -> new RuleViolationException("Say which unit owns the goal (ownerUnitId): you do not belong to a unit in the org tree."));
    }
}
