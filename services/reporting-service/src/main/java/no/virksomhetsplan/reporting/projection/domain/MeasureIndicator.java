package no.virksomhetsplan.reporting.projection.domain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A goal's measure indicator (måleindikator), as plans-service publishes it.
 *
 * @param direction    HIGHER_IS_BETTER or LOWER_IS_BETTER
 * @param yellowLimit  the worst value that is still yellow, or null (then there is no yellow)
 * @param indicatorKey the indicator in indicators-service that delivers actual values, or null
 */
public record MeasureIndicator(UUID indicatorId, String name, String unitOfMeasure, BigDecimal targetValue,
        String direction, BigDecimal yellowLimit, String indicatorKey) {

    /** The traffic light of an actual value, by the rule in the goal event's contract; null without a value. */
    public String light(BigDecimal actual) {
        if (actual == null || targetValue == null) {
            return null;
        }
        boolean lowerIsBetter = "LOWER_IS_BETTER".equals(direction);
        int versusTarget = actual.compareTo(targetValue);
        if (lowerIsBetter ? versusTarget <= 0 : versusTarget >= 0) {
            return "GREEN";
        }
        if (yellowLimit != null) {
            int versusLimit = actual.compareTo(yellowLimit);
            if (lowerIsBetter ? versusLimit <= 0 : versusLimit >= 0) {
                return "YELLOW";
            }
        }
        return "RED";
    }
}
