package no.virksomhetsplan.reporting.projection.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Items of one kind by status, with how many open ones are overdue. */
public record Counts(Map<String, Long> byStatus, long overdue) {

    public static final List<String> STATUSES = List.of("NOT_STARTED", "IN_PROGRESS", "DONE", "DELAYED", "CANCELLED");
    public static final Counts NONE = new Counts(Map.of(), 0);

    public Counts {
        byStatus = Map.copyOf(byStatus);
    }

    /** Every status, zero included, in the order of {@link #STATUSES}. */
    public Map<String, Long> byStatusInOrder() {
        Map<String, Long> ordered = new LinkedHashMap<>();
        STATUSES.forEach(status -> ordered.put(status, byStatus.getOrDefault(status, 0L)));
        return ordered;
    }

    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
