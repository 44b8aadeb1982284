package no.virksomhetsplan.reporting.projection.domain;

import java.time.LocalDate;
import java.util.UUID;

/** An assignment or delegation as reports and documents show it; a delegation shows its assignment's title. */
public record WorkItem(UUID id, String kind, UUID assignmentId, UUID unitId, String title, String responsible,
        LocalDate deadline, String status, String light, LocalDate overdueSince, String statusNote) {

    public boolean open() {
        return !status.equals("DONE") && !status.equals("CANCELLED");
    }

    /** An overdue open item shows red, whatever light it was given. */
    public String shownLight() {
        return open() && overdueSince != null ? "RED" : light;
    }
}
