package no.virksomhetsplan.plans.goal.application;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.plans.goal.domain.Goal;
import no.virksomhetsplan.plans.goal.domain.GoalId;
import no.virksomhetsplan.plans.goal.domain.Goals;
import no.virksomhetsplan.plans.goal.domain.UnitGoalSet;
import no.virksomhetsplan.plans.goal.domain.UnitGoalSets;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnit;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnits;
import no.virksomhetsplan.plans.planyear.application.PlanYearService;
import no.virksomhetsplan.platform.audit.AuditLog;
import no.virksomhetsplan.platform.domain.ForbiddenException;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.messaging.Outbox;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A superior ticks which goals apply to a subordinate unit for a plan year: the whole set at once, or one goal at a
 * time. Each change locks the unit's set for that year, so concurrent ticks never lose one another.
 */
@Service
public class TickUnitGoals {

    private final UnitGoalSets sets;
    private final Goals goals;
    private final OrgUnits units;
    private final GoalAccess access;
    private final PlanYearService planYears;
    private final Outbox outbox;
    private final AuditLog audit;

    TickUnitGoals(UnitGoalSets sets, Goals goals, OrgUnits units, GoalAccess access, PlanYearService planYears, Outbox outbox, AuditLog audit) {
        this.sets = sets;
        this.goals = goals;
        this.units = units;
        this.access = access;
        this.planYears = planYears;
        this.outbox = outbox;
        this.audit = audit;
    }

    @Transactional
    public UnitGoalSet replace(Caller caller, ReplaceUnitGoalsCommand command) {
        OrgUnit unit = requireSuperior(caller, command.unitId());
        planYears.requireWritable(caller.tenant(), command.year());
        UnitGoalSet set = sets.lock(caller.tenant(), unit.id(), command.year());
        List<Goal> chosen = existing(caller, command.goalIds());
        return save(caller, "unit-goals.replaced", set, set.replaceWith(command.basedOnVersion(), chosen, unit));
    }

    @Transactional
    public UnitGoalSet tick(Caller caller, UnitGoalCommand command) {
        OrgUnit unit = requireSuperior(caller, command.unitId());
        planYears.requireWritable(caller.tenant(), command.year());
        UnitGoalSet set = sets.lock(caller.tenant(), unit.id(), command.year());
        Goal goal = existing(caller, Set.of(command.goalId())).get(0);
        return save(caller, "unit-goals.ticked", set, set.tick(goal, unit));
    }

    @Transactional
    public UnitGoalSet untick(Caller caller, UnitGoalCommand command) {
        OrgUnit unit = requireSuperior(caller, command.unitId());
        planYears.requireWritable(caller.tenant(), command.year());
        UnitGoalSet set = sets.lock(caller.tenant(), unit.id(), command.year());
        return save(caller, "unit-goals.unticked", set, set.untick(command.goalId()));
    }

    private OrgUnit requireSuperior(Caller caller, OrgUnitId unitId) {
        OrgUnit unit = units.find(caller.tenant(), unitId)
                .orElseThrow(() -> new NotFoundException("No such unit in your municipality."));
        if (!access.isSuperiorOf(caller, unit)) {
            throw new ForbiddenException("The goals of " + unit.name() + " are ticked by a leader of a unit above it;"
                    + " you do not lead a unit above " + unit.name() + ".");
        }
        return unit;
    }

    /** The goals, protected from edits until the tick commits, so an edit cannot drop the year they are ticked for. */
    private List<Goal> existing(Caller caller, Set<GoalId> ids) {
        List<Goal> found = goals.findForShare(caller.tenant(), ids);
        Set<GoalId> missing = new HashSet<>(ids);
        found.forEach(goal -> missing.remove(goal.id()));
        if (!missing.isEmpty()) {
            throw new NotFoundException("No goal " + missing.stream().map(GoalId::toString).sorted().collect(Collectors.joining(", "))
                    + " in your municipality.");
        }
        return found;
    }

    private UnitGoalSet save(Caller caller, String action, UnitGoalSet before, Optional<UnitGoalSet.Changed> change) {
        if (change.isEmpty()) {
            return before;
        }
        sets.save(change.get().set(), before.version());
        outbox.add(Topics.PLANS, caller.tenant(), change.get().event());
        audit.record(caller, action, change.get().set().unitId().value(), change.get().event().subject(), change.get().event());
        return change.get().set();
    }
}
