package no.virksomhetsplan.reporting.projection.domain;

import java.util.List;
import java.util.UUID;

/** A goal as plans-service publishes it, with its measure indicators. */
public record Goal(UUID id, UUID ownerUnitId, String title, String description, String sourceName, int fromYear,
        int toYear, List<MeasureIndicator> indicators) {

    public Goal {
        indicators = List.copyOf(indicators);
    }
}
