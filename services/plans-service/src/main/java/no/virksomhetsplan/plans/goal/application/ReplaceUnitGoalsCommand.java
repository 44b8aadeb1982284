package no.virksomhetsplan.plans.goal.application;

import java.util.Set;
import no.virksomhetsplan.plans.goal.domain.GoalId;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;

/**
 * The whole set of goals that apply to a unit in a plan year.
 *
 * @param basedOnVersion the version of the set the superior saw (0 if nothing was ticked yet)
 */
public record ReplaceUnitGoalsCommand(OrgUnitId unitId, int year, long basedOnVersion, Set<GoalId> goalIds) {

    public ReplaceUnitGoalsCommand {
        goalIds = Set.copyOf(goalIds);
    }
}
