package no.virksomhetsplan.plans.goal.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.virksomhetsplan.plans.goal.domain.Goal;
import no.virksomhetsplan.plans.goal.domain.GoalId;
import no.virksomhetsplan.plans.goal.domain.Goals;
import no.virksomhetsplan.plans.goal.domain.UnitGoalSet;
import no.virksomhetsplan.plans.goal.domain.UnitGoalSets;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnit;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnits;
import no.virksomhetsplan.platform.domain.ForbiddenException;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A unit's goals for a year, shown to the unit's own people and to whoever leads it or a unit above it. */
@Service
@Transactional(readOnly = true)
public class UnitGoalsQueries {

    private final UnitGoalSets sets;
    private final Goals goals;
    private final OrgUnits units;
    private final GoalAccess access;

    UnitGoalsQueries(UnitGoalSets sets, Goals goals, OrgUnits units, GoalAccess access) {
        this.sets = sets;
        this.goals = goals;
        this.units = units;
        this.access = access;
    }

    public UnitGoalsView goalsOf(Caller caller, OrgUnitId unitId, int year) {
        String tenant = caller.tenant();
        OrgUnit unit = units.find(tenant, unitId).orElseThrow(() -> new NotFoundException("No such unit in your municipality."));
        if (!access.maySeeGoalsFor(caller, unit)) {
            throw new ForbiddenException("The goals of " + unit.name() + " are shown to its own people and to those who lead it.");
        }
        UnitGoalSet set = sets.find(tenant, unitId, year).orElse(UnitGoalSet.none(tenant, unitId, year));
        List<Goal> ticked = goals.findAll(tenant, set.goalIds());
        Map<GoalId, Goal> known = new HashMap<>();
        ticked.forEach(goal -> known.put(goal.id(), goal));
        goals.ancestorsOf(tenant, set.goalIds()).forEach(goal -> known.put(goal.id(), goal));
        return new UnitGoalsView(unit, set, ticked.stream().map(goal -> new UnitGoalsView.TickedGoal(goal, parents(goal, known))).toList());
    }

    private static List<Goal> parents(Goal goal, Map<GoalId, Goal> known) {
        List<Goal> parents = new ArrayList<>();
        Set<GoalId> seen = new HashSet<>();
        for (Goal parent = known.get(goal.parentId()); parent != null && seen.add(parent.id()); parent = known.get(parent.parentId())) {
            parents.add(parent);
        }
        return parents;
    }
}
