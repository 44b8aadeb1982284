package no.virksomhetsplan.assignments.overview.domain;

import java.util.Map;

/**
 * A unit's counters for a year, by kind of item (ASSIGNMENT, DELEGATION, TASK).
 *
 * @param own     the unit's own items
 * @param subtree the items of the unit and every unit below it
 */
public record UnitCounts(Map<String, Counts> own, Map<String, Counts> subtree) {

    public static final UnitCounts NONE = new UnitCounts(Map.of(), Map.of());

    public UnitCounts {
        own = Map.copyOf(own);
        subtree = Map.copyOf(subtree);
    }
}
