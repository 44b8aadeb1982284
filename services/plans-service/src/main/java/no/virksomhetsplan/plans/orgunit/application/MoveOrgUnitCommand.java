package no.virksomhetsplan.plans.orgunit.application;

import java.time.LocalDate;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;

/**
 * @param validFrom the first day under the new parent; today when null
 * @param version   the unit's version the move is based on
 */
public record MoveOrgUnitCommand(OrgUnitId unitId, OrgUnitId parentId, LocalDate validFrom, long version) {
}
