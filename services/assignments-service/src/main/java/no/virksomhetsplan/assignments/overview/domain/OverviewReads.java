package no.virksomhetsplan.assignments.overview.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The reads behind the status overview and Min side; scoped to one municipality. */
public interface OverviewReads {

    /** The counters of the units for a year: one row per unit, kind and measure, never a count over items. */
    Map<UUID, UnitCounts> counts(String tenant, int year, Collection<UUID> units);

    /**
     * The open items of a subtree that are overdue (or, with {@code ownerless}, that have no owner), earliest
     * deadline first.
     *
     * @param subtree the units of the subtree
     * @param year    null for every year
     */
    List<ItemSummary> flagged(String tenant, Collection<UUID> subtree, boolean ownerless, Integer year, int offset, int limit);

    /** How many {@link #flagged} lists, from the subtree's counters. */
    long countFlagged(String tenant, UUID subtreeTop, boolean ownerless, Integer year);

    /** The open items a person is responsible for, across units: overdue first, then by deadline. */
    List<ItemSummary> openItemsOf(String tenant, String username, int offset, int limit);

    /** How many items a person is responsible for, by status; and how many of the open ones are overdue. */
    Counts countsOf(String tenant, String username);
}
