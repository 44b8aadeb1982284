package no.virksomhetsplan.platform.orgtree;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A unit of the municipality's org tree as this service knows it (from plans-service's events).
 *
 * @param lineage the ids from the top of the tree down to this unit, this unit last
 * @param leader  the username of the unit's leader, or null
 */
public record OrgUnit(OrgUnitId id, OrgUnitId parentId, String name, List<OrgUnitId> lineage, String leader) {

    public OrgUnit {
        Objects.requireNonNull(id);
        lineage = List.copyOf(lineage);
        if (lineage.isEmpty() || !lineage.get(lineage.size() - 1).equals(id)) {
            throw new IllegalArgumentException("the lineage of " + id + " must end with the unit itself");
        }
    }

    /** This unit is {@code other} or lies below it. */
    public boolean isWithin(OrgUnit other) {
        return lineage.contains(other.id);
    }

    /** The units above this one, the nearest first. */
    public List<OrgUnitId> ancestorsNearestFirst() {
        List<OrgUnitId> ancestors = new ArrayList<>(lineage.subList(0, lineage.size() - 1));
        Collections.reverse(ancestors);
        return ancestors;
    }
}
