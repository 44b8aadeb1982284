package no.virksomhetsplan.indicators.value.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import no.virksomhetsplan.indicators.period.domain.Period;

/**
 * A value as kept: current, or replaced by a correction (then {@code replacedBy} names it).
 *
 * @param recordedBy the person who entered it, or null for a fagsystem
 */
public record StoredValue(
        UUID indicatorId,
        UUID unitId,
        Period period,
        BigDecimal value,
        String sourceSystem,
        String sourceEventId,
        String corrects,
        boolean current,
        String replacedBy,
        String recordedBy,
        Instant recordedAt) {

    public NewValue.Cell cell() {
        return new NewValue.Cell(indicatorId, unitId, period);
    }
}
