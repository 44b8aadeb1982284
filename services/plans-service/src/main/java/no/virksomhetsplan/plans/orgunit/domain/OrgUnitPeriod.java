package no.virksomhetsplan.plans.orgunit.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One stretch of a unit's history: where it sat in the tree and what it was called, from {@code validFrom} until
 * {@code validTo} (exclusive; null while it lasts). A unit's periods follow each other without gaps from the day
 * it opens to the day it closes.
 *
 * @param ancestorIds the ids from the top of the tree down to the parent in this period (empty for the top)
 */
public record OrgUnitPeriod(
        OrgUnitId unitId,
        LocalDate validFrom,
        LocalDate validTo,
        OrgUnitId parentId,
        List<OrgUnitId> ancestorIds,
        OrgUnitDetails details) {

    public OrgUnitPeriod {
        Objects.requireNonNull(unitId);
        Objects.requireNonNull(validFrom);
        Objects.requireNonNull(details);
        ancestorIds = List.copyOf(ancestorIds);
        if (validTo != null && !validTo.isAfter(validFrom)) {
            throw new IllegalArgumentException("a period ends after it starts: " + validFrom + " - " + validTo);
        }
        if ((parentId == null) != ancestorIds.isEmpty()
                || parentId != null && !parentId.equals(ancestorIds.get(ancestorIds.size() - 1))) {
            throw new IllegalArgumentException("the parent is the last of the ancestors");
        }
    }

    public boolean covers(LocalDate day) {
        return !validFrom.isAfter(day) && endsAfter(day);
    }

    /** True if the period lasts beyond the given day (it covers the day or starts later). */
    public boolean endsAfter(LocalDate day) {
        return validTo == null || validTo.isAfter(day);
    }

    /** The ids from the top of the tree down to this unit. */
    public List<OrgUnitId> path() {
        List<OrgUnitId> path = new ArrayList<>(ancestorIds);
        path.add(unitId);
        return path;
    }

    /** The same period, shortened to end on the given day. */
    OrgUnitPeriod until(LocalDate end) {
        return new OrgUnitPeriod(unitId, validFrom, end, parentId, ancestorIds, details);
    }

    OrgUnitPeriod between(LocalDate start, LocalDate end) {
        return new OrgUnitPeriod(unitId, start, end, parentId, ancestorIds, details);
    }

    OrgUnitPeriod withDetails(OrgUnitDetails newDetails) {
        return new OrgUnitPeriod(unitId, validFrom, validTo, parentId, ancestorIds, newDetails);
    }

    /** True if both describe the unit the same way (place and details), whatever their dates. */
    boolean sameAs(OrgUnitPeriod other) {
        return unitId.equals(other.unitId) && Objects.equals(parentId, other.parentId) && ancestorIds.equals(other.ancestorIds)
                && details.equals(other.details);
    }
}
