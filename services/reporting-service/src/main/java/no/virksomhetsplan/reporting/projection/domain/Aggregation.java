package no.virksomhetsplan.reporting.projection.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** How an indicator's monthly values add up to a tertial or a year, as its definition says: SUM, AVERAGE or LAST. */
public final class Aggregation {

    private Aggregation() {
    }

    /** @param monthly the values in month order (months without a value left out); null when there are none */
    public static BigDecimal of(String aggregation, List<BigDecimal> monthly) {
        if (monthly.isEmpty()) {
            return null;
        }
        return switch (aggregation) {
            case "AVERAGE" -> monthly.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(monthly.size()), 4, RoundingMode.HALF_UP).stripTrailingZeros();
            case "LAST" -> monthly.get(monthly.size() - 1);
            default -> monthly.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        };
    }
}
