package no.virksomhetsplan.plans.orgunit.application;

import java.time.LocalDate;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;

/**
 * @param parentId  null for the top of the municipality's tree
 * @param leader    the Keycloak username of the unit's leader, or null
 * @param validFrom the unit's first day; today when null
 */
public record CreateOrgUnitCommand(OrgUnitId parentId, String name, String externalCode, String levelName, String leader,
        LocalDate validFrom) {
}
