package no.virksomhetsplan.indicators.definition.domain;

import java.math.BigDecimal;
import no.virksomhetsplan.platform.domain.RuleViolationException;

/**
 * The values an indicator can take, e.g. 0–100 for a percentage or at least 0 for a count. Either end may be open.
 * Whatever the range, no value is beyond ±10^15: nothing a municipality counts is that large, and it keeps sums exact.
 */
public record AllowedRange(BigDecimal min, BigDecimal max) {

    public static final BigDecimal LIMIT = new BigDecimal("1E15");
    public static final AllowedRange ANY = new AllowedRange(null, null);

    public AllowedRange {
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new RuleViolationException("The allowed range's lowest value " + min.toPlainString()
                    + " is above its highest " + max.toPlainString() + ".");
        }
        if ((min != null && min.abs().compareTo(LIMIT) > 0) || (max != null && max.abs().compareTo(LIMIT) > 0)) {
            throw new RuleViolationException("The allowed range lies within ±10^15.");
        }
    }

    public boolean contains(BigDecimal value) {
        return value.abs().compareTo(LIMIT) <= 0
                && (min == null || value.compareTo(min) >= 0)
                && (max == null || value.compareTo(max) <= 0);
    }

    /** How the range reads in a message, e.g. "0 to 100", "at least 0". */
    public String describe() {
        if (min != null && max != null) {
            return min.toPlainString() + " to " + max.toPlainString();
        }
        if (min != null) {
            return "at least " + min.toPlainString();
        }
        if (max != null) {
            return "at most " + max.toPlainString();
        }
        return "within ±10^15";
    }
}
