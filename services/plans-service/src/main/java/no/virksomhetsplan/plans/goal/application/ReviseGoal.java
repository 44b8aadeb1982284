package no.virksomhetsplan.plans.goal.application;

import java.util.List;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.plans.goal.domain.Goal;
import no.virksomhetsplan.plans.goal.domain.GoalId;
import no.virksomhetsplan.plans.goal.domain.Goals;
import no.virksomhetsplan.plans.goal.domain.UnitGoalSets;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnit;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnits;
import no.virksomhetsplan.platform.audit.AuditLog;
import no.virksomhetsplan.platform.domain.ForbiddenException;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.messaging.Outbox;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Edits a goal and its measure indicators. The edit names the version it was based on: of two leaders editing the
 * same goal, the second is refused (409) instead of silently overwriting the first.
 */
@Service
public class ReviseGoal {

    private final Goals goals;
    private final UnitGoalSets unitGoals;
    private final OrgUnits units;
    private final GoalAccess access;
    private final GoalYears years;
    private final Outbox outbox;
    private final AuditLog audit;

    ReviseGoal(Goals goals, UnitGoalSets unitGoals, OrgUnits units, GoalAccess access, GoalYears years, Outbox outbox, AuditLog audit) {
        this.goals = goals;
        this.unitGoals = unitGoals;
        this.units = units;
        this.access = access;
        this.years = years;
        this.outbox = outbox;
        this.audit = audit;
    }

    @Transactional
    public Goal handle(Caller caller, ReviseGoalCommand command) {
        String tenant = caller.tenant();
        // Locked first: a concurrent tick of this goal (which locks it for share) either commits before we read the
        // years in use, or waits and then checks the goal's new years.
        Goal goal = goals.findForUpdate(tenant, command.goalId())
                .orElseThrow(() -> new NotFoundException("No such goal in your municipality."));
        OrgUnit owner = requireEditable(caller, goal.ownerUnitId());
        if (command.ownerUnitId() != null && !command.ownerUnitId().equals(owner.id())) {
            owner = requireEditable(caller, command.ownerUnitId());
        }
        years.requireNotAllClosed(caller, goal.years());
        years.requireNotAllClosed(caller, command.content().years());
        GoalId newParent = command.content().parentId();
        if (newParent != null && !newParent.equals(goal.parentId())) {
            goals.lockHierarchy(tenant);
        }
        List<GoalId> parentLineage = newParent == null ? List.of() : goals.lineage(tenant, newParent);
        if (newParent != null && parentLineage.isEmpty()) {
            throw new NotFoundException("The parent goal " + newParent + " does not exist in your municipality.");
        }
        Goal.Revised revised = goal.revise(command.basedOnVersion(), command.content(), owner, parentLineage,
                unitGoals.yearsInUse(tenant, goal.id()));
        goals.update(revised.goal(), goal.version());
        outbox.add(Topics.PLANS, tenant, revised.event());
        audit.record(caller, "goal.revised", revised.goal().ownerUnitId().value(), revised.goal().id().toString(), revised.event());
        return revised.goal();
    }

    private OrgUnit requireEditable(Caller caller, OrgUnitId ownerId) {
        OrgUnit owner = units.find(caller.tenant(), ownerId)
                .orElseThrow(() -> new NotFoundException("The owning unit " + ownerId + " does not exist in your municipality."));
        if (!access.mayEdit(caller, owner)) {
            throw new ForbiddenException("Goals of " + owner.name() + " are set by those who lead it; it is outside your part of the organisation.");
        }
        return owner;
    }
}
