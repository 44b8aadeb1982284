package no.virksomhetsplan.plans.orgunit.application;

import java.time.LocalDate;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;

/**
 * New name, code, level and leader for a unit.
 *
 * @param validFrom the first day with the new values; today when null
 * @param version   the unit's version the change is based on
 */
public record UpdateOrgUnitCommand(OrgUnitId unitId, String name, String externalCode, String levelName, String leader,
        LocalDate validFrom, long version) {
}
