package no.virksomhetsplan.reporting.projection.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A unit's checklist (response) in a distribution.
 *
 * @param status OPEN (nothing saved yet), ANSWERING (a saved draft) or SUBMITTED
 * @param area   the template's area (QUALITY, INTERNAL_CONTROL, HSE, HR, OTHER)
 */
public record ChecklistLine(UUID responseId, UUID unitId, String title, String area, String period, LocalDate deadline,
        String status, boolean distributionClosed) {

    public boolean submitted() {
        return "SUBMITTED".equals(status);
    }
}
