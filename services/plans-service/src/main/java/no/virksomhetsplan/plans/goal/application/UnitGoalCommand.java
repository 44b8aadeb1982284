package no.virksomhetsplan.plans.goal.application;

import no.virksomhetsplan.plans.goal.domain.GoalId;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;

/** One goal ticked or unticked for a unit in a plan year. */
public record UnitGoalCommand(OrgUnitId unitId, int year, GoalId goalId) {
}
