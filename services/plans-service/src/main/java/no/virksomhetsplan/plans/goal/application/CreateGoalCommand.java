package no.virksomhetsplan.plans.goal.application;

import no.virksomhetsplan.plans.goal.domain.GoalContent;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;

/**
 * @param ownerUnitId the unit that owns the goal; null means the top unit for a kommuneplan goal and the caller's
 *                    own unit otherwise
 */
public record CreateGoalCommand(OrgUnitId ownerUnitId, GoalContent content) {
}
