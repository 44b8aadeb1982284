package no.virksomhetsplan.checklists.overview.domain;

/** The overview's counters, own and subtree, per unit of each distribution. */
public interface Counters {

    /** Adds the deltas to each unit's own counters and to the subtree counters of the unit and every unit above it. */
    void add(String tenant, CounterDeltas deltas);

    /** Recomputes every subtree counter of the municipality from the own counters, after the tree changed shape. */
    void rebuildSubtrees(String tenant);
}
