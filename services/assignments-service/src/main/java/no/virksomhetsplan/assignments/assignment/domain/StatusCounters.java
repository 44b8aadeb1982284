package no.virksomhetsplan.assignments.assignment.domain;

import java.util.Map;

/**
 * The status overview's counters, per unit for the unit's own items and for its whole subtree. Adding a delta adds
 * it to the unit's own counter and to the subtree counter of the unit and of every unit above it.
 */
public interface StatusCounters {

    void add(String tenant, Map<CounterKey, Long> deltas);

    /**
     * Recomputes every subtree counter of the municipality from the units' own counters and today's tree: after a
     * unit moved, what it brings along counts under its new ancestors and no longer under the old ones.
     */
    void rebuildSubtrees(String tenant);
}
