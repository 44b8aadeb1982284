package no.virksomhetsplan.plans.orgunit.application;

import java.time.LocalDate;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;

/**
 * @param closedFrom the first day the unit no longer exists; today when null
 * @param version    the unit's version the closing is based on
 */
public record CloseOrgUnitCommand(OrgUnitId unitId, LocalDate closedFrom, long version) {
}
