package no.virksomhetsplan.assignments.overview.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counters of one unit for one kind of item: how many are in each status, how many of the open ones are overdue and
 * how many have no owner.
 */
public record Counts(Map<String, Long> byStatus, long overdue, long ownerless) {

    public static final Counts NONE = new Counts(Map.of(), 0, 0);

    public Counts {
        byStatus = Map.copyOf(byStatus);
    }

    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Every status with its count, zeros included, in the order of the statuses. */
    public Map<String, Long> byStatusInOrder(Iterable<String> statuses) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        statuses.forEach(status -> ordered.put(status, byStatus.getOrDefault(status, 0L)));
        return ordered;
    }
}
