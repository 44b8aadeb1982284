package no.virksomhetsplan.reporting.projection.domain;

import java.util.Map;

/** A unit's counters by kind of item (ASSIGNMENT, DELEGATION, TASK): its own items and its whole subtree's. */
public record UnitCounts(Map<String, Counts> own, Map<String, Counts> subtree) {

    public UnitCounts {
        own = Map.copyOf(own);
        subtree = Map.copyOf(subtree);
    }

    public Counts own(String kind) {
        return own.getOrDefault(kind, Counts.NONE);
    }

    public Counts subtree(String kind) {
        return subtree.getOrDefault(kind, Counts.NONE);
    }
}
