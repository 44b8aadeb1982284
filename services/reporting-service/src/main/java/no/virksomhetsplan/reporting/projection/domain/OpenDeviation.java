package no.virksomhetsplan.reporting.projection.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A deviation not yet closed: its follow-up assignment is not done. */
public record OpenDeviation(UUID id, UUID unitId, String checklistTitle, String questionText, String description,
        String severity, String responsible, LocalDate deadline, Instant raisedAt) {

    public boolean overdue(LocalDate today) {
        return deadline != null && deadline.isBefore(today);
    }
}
