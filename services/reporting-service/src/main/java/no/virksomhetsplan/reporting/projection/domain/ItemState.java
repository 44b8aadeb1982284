package no.virksomhetsplan.reporting.projection.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the overview counts of an assignment, a delegation or a task: its kind (ASSIGNMENT, DELEGATION, TASK), unit,
 * deadline, status and whether it is overdue.
 */
public record ItemState(String kind, UUID unitId, LocalDate deadline, String status, LocalDate overdueSince, long version) {

    public static final String OVERDUE = "OVERDUE";

    public boolean open() {
        return !status.equals("DONE") && !status.equals("CANCELLED");
    }

    /** Overdue counts open items only: a done item that was late is done. */
    public boolean overdue() {
        return open() && overdueSince != null;
    }
}
