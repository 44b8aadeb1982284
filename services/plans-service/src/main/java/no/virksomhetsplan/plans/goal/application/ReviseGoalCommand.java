package no.virksomhetsplan.plans.goal.application;

import no.virksomhetsplan.plans.goal.domain.GoalContent;
import no.virksomhetsplan.plans.goal.domain.GoalId;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;

/**
 * @param basedOnVersion the version the editor read; if the goal has moved on since, the edit is refused
 * @param ownerUnitId    the new owning unit, or null to keep the current one
 */
public record ReviseGoalCommand(GoalId goalId, long basedOnVersion, OrgUnitId ownerUnitId, GoalContent content) {
}
