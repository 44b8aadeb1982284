package no.virksomhetsplan.assignments.assignment.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * What an item adds to the status overview's counters, and what a change adds or takes away. Every item counts once
 * under its status, in its unit, in the year of its deadline; an open overdue item also counts as {@link #OVERDUE},
 * an open item without an owner as {@link #OWNERLESS}. The counters are kept by adding each change's delta in the
 * change's own transaction, never by counting on read (ARCHITECTURE.md, "hot paths").
 */
public final class StatusCounts {

    public static final String OVERDUE = "OVERDUE";
    public static final String OWNERLESS = "OWNERLESS";

    private StatusCounts() {
    }

    public static Map<CounterKey, Long> contribution(WorkItem item) {
        Map<CounterKey, Long> counts = new HashMap<>();
        int year = item.deadline().getYear();
        counts.put(new CounterKey(item.unitId(), year, item.kind(), item.status().name()), 1L);
        if (item.isOverdue()) {
            counts.put(new CounterKey(item.unitId(), year, item.kind(), OVERDUE), 1L);
        }
        if (item.isOwnerless()) {
            counts.put(new CounterKey(item.unitId(), year, item.kind(), OWNERLESS), 1L);
        }
        return counts;
    }

    /** The counters' change from {@code before} (null when created) to {@code after}; zero deltas left out. */
    public static Map<CounterKey, Long> delta(WorkItem before, WorkItem after) {
        Map<CounterKey, Long> delta = new HashMap<>(contribution(after));
        if (before != null) {
            contribution(before).forEach((key, count) -> delta.merge(key, -count, Long::sum));
        }
        delta.values().removeIf(count -> count == 0);
        return delta;
    }

    /** Everything one operation adds to the counters. */
    public static Map<CounterKey, Long> delta(Changes changes) {
        Map<CounterKey, Long> total = new HashMap<>();
        changes.changes().forEach(change -> delta(change.before(), change.after())
                .forEach((key, count) -> total.merge(key, count, Long::sum)));
        changes.marked().forEach(mark -> delta(mark.before(), mark.after())
                .forEach((key, count) -> total.merge(key, count, Long::sum)));
        total.values().removeIf(count -> count == 0);
        return total;
    }
}
