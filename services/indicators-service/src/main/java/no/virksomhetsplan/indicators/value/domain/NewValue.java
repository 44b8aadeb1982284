package no.virksomhetsplan.indicators.value.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;
import no.virksomhetsplan.indicators.definition.domain.IndicatorDefinition;
import no.virksomhetsplan.indicators.period.domain.Period;

/**
 * A value that passed every rule and is ready to be stored.
 *
 * @param corrects        the source event id of the value it replaces, or null
 * @param replacesCurrent true for manual entries: whatever value the cell has is replaced (kept in the history)
 * @param recordedBy      the person who entered it, or null for a fagsystem
 */
public record NewValue(
        IndicatorDefinition indicator,
        UUID unitId,
        Period period,
        BigDecimal value,
        String sourceSystem,
        String sourceEventId,
        String corrects,
        boolean replacesCurrent,
        String recordedBy) {

    public NewValue {
        Objects.requireNonNull(indicator);
        Objects.requireNonNull(unitId);
        Objects.requireNonNull(period);
        Objects.requireNonNull(value);
        Objects.requireNonNull(sourceSystem);
        Objects.requireNonNull(sourceEventId);
    }

    /** The same value as one already stored under this source event id: a redelivery. */
    public boolean sameAs(StoredValue stored) {
        return stored.indicatorId().equals(indicator.id().value()) && stored.unitId().equals(unitId)
                && stored.period().equals(period) && stored.value().compareTo(value) == 0
                && Objects.equals(stored.corrects(), corrects);
    }

    /** The indicator, unit and period the value is for. */
    public Cell cell() {
        return new Cell(indicator.id().value(), unitId, period);
    }

    public record Cell(UUID indicatorId, UUID unitId, Period period) {
    }
}
