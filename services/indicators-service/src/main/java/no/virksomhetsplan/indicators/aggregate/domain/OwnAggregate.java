package no.virksomhetsplan.indicators.aggregate.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import no.virksomhetsplan.indicators.definition.domain.Aggregation;
import no.virksomhetsplan.indicators.period.domain.Period;

/**
 * What a unit's own values in a period add up to, kept so that every rule can be brought up to date from one more
 * value without reading the others: their sum and count (SUM, AVERAGE) and the latest one (LAST).
 *
 * @param lastStart the first day of the latest period with a value
 */
public record OwnAggregate(BigDecimal sum, int count, LocalDate lastStart, BigDecimal lastValue) {

    /** Averages keep six decimals. */
    public static final int SCALE = 6;
    public static final OwnAggregate NONE = new OwnAggregate(BigDecimal.ZERO, 0, null, null);

    /** With one more value for {@code period}, or a correction of the value it had ({@code previous}). */
    public OwnAggregate with(Period period, BigDecimal value, BigDecimal previous) {
        BigDecimal newSum = sum.add(value).subtract(previous == null ? BigDecimal.ZERO : previous);
        int newCount = count + (previous == null ? 1 : 0);
        boolean latest = lastStart == null || !period.firstDay().isBefore(lastStart);
        return new OwnAggregate(newSum, newCount, latest ? period.firstDay() : lastStart, latest ? value : lastValue);
    }

    public BigDecimal value(Aggregation aggregation) {
        return switch (aggregation) {
            case SUM -> sum;
            case AVERAGE -> average(sum, count);
            case LAST -> lastValue;
        };
    }

    /**
     * The unit's subtree aggregate: its own values with those below it ({@code belowSum} adds up the values below, or
     * the latest values of the units below for LAST, {@code belowCount} counts them). Over the tree SUM adds, AVERAGE
     * averages all values (weighted by their count), LAST adds up the units' latest values.
     */
    public BigDecimal withBelow(Aggregation aggregation, BigDecimal belowSum, int belowCount) {
        return switch (aggregation) {
            case SUM -> sum.add(belowSum);
            case AVERAGE -> average(sum.add(belowSum), count + belowCount);
            case LAST -> contribution(aggregation).add(belowSum);
        };
    }

    /**
     * What this unit adds to the subtrees above it: its sum of values for SUM and AVERAGE (the subtree then divides by
     * the count of all values), its latest value for LAST (the subtree adds the units' latest values up).
     */
    BigDecimal contribution(Aggregation aggregation) {
        if (aggregation == Aggregation.LAST) {
            return lastValue == null ? BigDecimal.ZERO : lastValue;
        }
        return sum;
    }

    static BigDecimal average(BigDecimal sum, int count) {
        return count == 0 ? BigDecimal.ZERO : sum.divide(BigDecimal.valueOf(count), SCALE, RoundingMode.HALF_UP);
    }
}
