package no.virksomhetsplan.plans.goal.domain;

import java.math.BigDecimal;
import java.util.Objects;
import no.virksomhetsplan.platform.domain.RuleViolationException;

/**
 * A measure indicator (måleindikator) of a goal: what is measured, the target (målverdi), which way is better and
 * where yellow turns red. "Andel elever som trives ≥ 90 %, yellow down to 85" is target 90, higher is better,
 * yellow limit 85; "Sykefravær ≤ 7,5 %, yellow up to 8,5" is target 7.5, lower is better, yellow limit 8.5.
 *
 * @param yellowLimit  the worst value that is still yellow; null when anything short of the target is red
 * @param indicatorKey the key of the indicator in indicators-service that will deliver actual values, or null
 */
public record MeasureIndicator(
        MeasureIndicatorId id,
        String name,
        String unitOfMeasure,
        BigDecimal targetValue,
        Direction direction,
        BigDecimal yellowLimit,
        String indicatorKey) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_UNIT_LENGTH = 30;
    public static final int MAX_KEY_LENGTH = 100;

    public MeasureIndicator {
        Objects.requireNonNull(id);
        name = Texts.blankToNull(name);
        unitOfMeasure = Texts.blankToNull(unitOfMeasure);
        indicatorKey = Texts.blankToNull(indicatorKey);
        if (name == null) {
            throw new RuleViolationException("A measure indicator needs a name.");
        }
        if (unitOfMeasure == null) {
            throw new RuleViolationException("The measure indicator '" + name + "' needs a unit of measure, e.g. % or antall.");
        }
        if (targetValue == null || direction == null) {
            throw new RuleViolationException("The measure indicator '" + name + "' needs a target value and a direction.");
        }
        if (yellowLimit != null && !isWorse(yellowLimit, targetValue, direction)) {
            throw new RuleViolationException("The yellow limit of '" + name + "' must lie "
                    + (direction == Direction.HIGHER_IS_BETTER ? "below" : "above") + " its target " + targetValue.toPlainString()
                    + ", since " + (direction == Direction.HIGHER_IS_BETTER ? "higher" : "lower") + " is better.");
        }
    }

    /**
     * GREEN when the actual value reaches the target, YELLOW when it falls short but is not beyond the yellow limit,
     * RED otherwise. Both limits count as reached: exactly on target is green, exactly on the yellow limit is yellow.
     */
    public TrafficLight trafficLight(BigDecimal actualValue) {
        Objects.requireNonNull(actualValue, "actual value");
        if (!isWorse(actualValue, targetValue, direction)) {
            return TrafficLight.GREEN;
        }
        if (yellowLimit != null && !isWorse(actualValue, yellowLimit, direction)) {
            return TrafficLight.YELLOW;
        }
        return TrafficLight.RED;
    }

    /** True if {@code value} is strictly worse than {@code reference}; compares numbers, not their scale (7.5 = 7.50). */
    private static boolean isWorse(BigDecimal value, BigDecimal reference, Direction direction) {
        int comparison = value.compareTo(reference);
        return direction == Direction.HIGHER_IS_BETTER ? comparison < 0 : comparison > 0;
    }
}
