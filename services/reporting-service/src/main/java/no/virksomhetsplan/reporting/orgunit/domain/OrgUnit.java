package no.virksomhetsplan.reporting.orgunit.domain;

import java.util.List;
import java.util.UUID;

/**
 * A unit of the org tree as reporting sees it.
 *
 * @param lineage the ids from the top of the tree down to this unit
 * @param leader  the username of the unit's leader, or null
 */
public record OrgUnit(UUID id, UUID parentId, String name, List<UUID> lineage, String leader) {

    public OrgUnit {
        lineage = List.copyOf(lineage);
    }

    /** True if this unit is {@code other} or lies below it. */
    public boolean isWithin(OrgUnit other) {
        return lineage.contains(other.id());
    }

    public boolean isTop() {
        return parentId == null;
    }
}
