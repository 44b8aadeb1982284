package no.virksomhetsplan.reporting.projection.domain;

import java.util.Map;

/** The overview's counters, own and subtree, kept from the deltas of every item change. */
public interface StatusCounters {

    /** Adds each delta to the unit's own counter and to the subtree counters of the unit and every unit above it. */
    void add(String tenant, Map<CounterKey, Long> deltas);

    /** Recomputes every subtree counter of the municipality from the own counters and the tree as it is now. */
    void rebuildSubtrees(String tenant);

    /** True if the unit or any unit the replica places below it has own counters. */
    boolean countsAnythingAt(String tenant, java.util.UUID unitId);
}
