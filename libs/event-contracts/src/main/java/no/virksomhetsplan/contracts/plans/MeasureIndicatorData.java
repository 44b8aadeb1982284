package no.virksomhetsplan.contracts.plans;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A measure indicator (måleindikator) of a goal, as carried in goal events. The traffic light of an actual value:
 * GREEN when it reaches the target (at or above it when higher is better, at or below it when lower is better),
 * otherwise YELLOW when it is not beyond {@code yellowLimit}, otherwise RED; without a yellow limit there is no
 * yellow.
 *
 * @param indicatorId   stable across edits of the goal
 * @param name          e.g. "Andel elever som trives på skolen"
 * @param unitOfMeasure e.g. "%", "antall", "dager"
 * @param targetValue   the target (målverdi)
 * @param direction     HIGHER_IS_BETTER or LOWER_IS_BETTER
 * @param yellowLimit   the worst value that is still yellow, or null
 * @param indicatorKey  the key of the indicator in indicators-service that delivers actual values, or null
 */
public record MeasureIndicatorData(
        UUID indicatorId,
        String name,
        String unitOfMeasure,
        BigDecimal targetValue,
        String direction,
        BigDecimal yellowLimit,
        String indicatorKey) {
}
