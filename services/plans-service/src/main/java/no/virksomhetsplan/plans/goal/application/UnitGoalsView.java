package no.virksomhetsplan.plans.goal.application;

import java.util.List;
import no.virksomhetsplan.plans.goal.domain.Goal;
import no.virksomhetsplan.plans.goal.domain.UnitGoalSet;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnit;

/**
 * What a unit sees as its goals for a year: exactly the ticked goals, each with the goals above it for context.
 *
 * @param goals the ticked goals, the most general first
 */
public record UnitGoalsView(OrgUnit unit, UnitGoalSet set, List<TickedGoal> goals) {

    /** @param parents the goal's parent, its parent's parent, ... up to the top of its hierarchy */
    public record TickedGoal(Goal goal, List<Goal> parents) {
    }
}
