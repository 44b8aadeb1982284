package no.virksomhetsplan.plans.goal.domain;

import java.math.BigDecimal;

/**
 * A measure indicator as someone wrote it when creating or editing a goal.
 *
 * @param id null for a new indicator; an existing indicator's id keeps its identity (and its actual values) across edits
 */
public record IndicatorDraft(
        MeasureIndicatorId id,
        String name,
        String unitOfMeasure,
        BigDecimal targetValue,
        Direction direction,
        BigDecimal yellowLimit,
        String indicatorKey) {

    MeasureIndicator toIndicator(MeasureIndicatorId assignedId) {
        return new MeasureIndicator(assignedId, name, unitOfMeasure, targetValue, direction, yellowLimit, indicatorKey);
    }
}
