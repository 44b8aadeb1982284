package no.virksomhetsplan.assignments.assignment.domain;

import java.util.Objects;
import no.virksomhetsplan.platform.orgtree.OrgUnitId;

/**
 * One counter of the status overview: how many items of a kind, in a unit, due in a year, are in a state.
 *
 * @param measure a {@link Status} name, or {@link StatusCounts#OVERDUE} or {@link StatusCounts#OWNERLESS}
 */
public record CounterKey(OrgUnitId unitId, int year, ItemKind kind, String measure) {

    public CounterKey {
        Objects.requireNonNull(unitId);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(measure);
    }
}
