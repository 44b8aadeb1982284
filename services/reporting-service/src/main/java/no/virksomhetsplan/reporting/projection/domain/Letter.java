package no.virksomhetsplan.reporting.projection.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The latest sent revision of an assignment letter (oppdragsbrev) to a unit. */
public record Letter(UUID id, int revision, int year, UUID fromUnitId, UUID toUnitId, String title, String guidance,
        String focusAreas, String frames, BigDecimal budgetFrame, String routines, String internalControl, Instant sentAt,
        String sentBy) {
}
