package no.virksomhetsplan.plans.orgunit.application;

import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;

/** @param parentId null for the top of the municipality's tree */
public record CreateOrgUnitCommand(OrgUnitId parentId, String name, String externalCode, String levelName) {
}
