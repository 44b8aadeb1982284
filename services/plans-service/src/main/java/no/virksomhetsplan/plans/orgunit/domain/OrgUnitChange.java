package no.virksomhetsplan.plans.orgunit.domain;

import java.util.List;
import no.virksomhetsplan.contracts.IntegrationEvent;

/**
 * What a change to one unit does to the stored history: the periods it replaces (of the unit and, for a move, of
 * the units below it) and their replacements, the unit's new version and the event that tells the other services.
 *
 * @param expectedVersion the version the change was based on; it applies only if the unit still has it
 */
public record OrgUnitChange(
        String tenant,
        OrgUnitId unitId,
        long expectedVersion,
        long version,
        List<OrgUnitPeriod> removed,
        List<OrgUnitPeriod> added,
        IntegrationEvent event) {

    public OrgUnitChange {
        removed = List.copyOf(removed);
        added = List.copyOf(added);
    }
}
