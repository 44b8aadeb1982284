package no.virksomhetsplan.dev;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.JsonNode;

/**
 * Made-up but plausible values for a demo indicator (dev/demo/&lt;realm&gt;-indicators.json): a base per unit, a
 * seasonal swing highest in January, a yearly trend and some noise, rounded and kept within the indicator's range.
 * The same indicator, unit and period always get the same value, so a value can be sent again (by the demo loader and
 * the simulator) without clashing: it is the same value with the same source event id.
 */
final class DemoIndicatorValues {

    /** Two years of history. */
    static final int MONTHS = 24;

    /** One value, ready for the inbound contract (a fagsystem's JSON or a CSV row). */
    record Value(String indicatorKey, String unitCode, String period, BigDecimal value, String sourceSystem) {

        /** The same every time, so sending the value again changes nothing. */
        String sourceEventId() {
            return sourceSystem + ":" + indicatorKey + ":" + unitCode + ":" + period;
        }
    }

    private DemoIndicatorValues() {
    }

    /** The indicator's values for the {@link #MONTHS} months up to and including {@code lastMonth}, in complete periods. */
    static List<Value> history(JsonNode indicator, YearMonth lastMonth) {
        YearMonth first = lastMonth.minusMonths(MONTHS - 1L);
        List<Value> values = new ArrayList<>();
        for (JsonNode unit : indicator.get("units")) {
            for (YearMonth month = first; !month.isAfter(lastMonth); month = month.plusMonths(1)) {
                String period = periodEndingIn(indicator.get("periodicity").asString(), month);
                if (period != null) {
                    values.add(value(indicator, unit.asString(), period, month, first));
                }
            }
        }
        return values;
    }

    /** The indicator's values for one month (for a monthly indicator; nothing for the others), for every unit. */
    static List<Value> month(JsonNode indicator, YearMonth month) {
        if (!"MONTH".equals(indicator.get("periodicity").asString())) {
            return List.of();
        }
        List<Value> values = new ArrayList<>();
        for (JsonNode unit : indicator.get("units")) {
            values.add(value(indicator, unit.asString(), month.toString(), month, month.minusMonths(MONTHS - 1L)));
        }
        return values;
    }

    /** The period of the given periodicity that ends with this month, or null if none does (tertials and years). */
    static String periodEndingIn(String periodicity, YearMonth month) {
        return switch (periodicity) {
            case "MONTH" -> month.toString();
            case "TERTIAL" -> month.getMonthValue() % 4 == 0 ? month.getYear() + "-T" + month.getMonthValue() / 4 : null;
            case "YEAR" -> month.getMonthValue() == 12 ? Integer.toString(month.getYear()) : null;
            default -> throw new IllegalArgumentException("no periodicity " + periodicity);
        };
    }

    private static Value value(JsonNode indicator, String unitCode, String period, YearMonth month, YearMonth first) {
        JsonNode demo = indicator.get("demo");
        String key = indicator.get("key").asString();
        double unitFactor = 0.7 + Math.floorMod(unitCode.hashCode() * 31 + key.hashCode(), 61) / 100.0;
        double years = (month.getYear() * 12 + month.getMonthValue() - first.getYear() * 12 - first.getMonthValue()) / 12.0;
        double season = Math.cos(2 * Math.PI * (month.getMonthValue() - 1) / 12.0);
        double noise = new Random((key + "/" + unitCode + "/" + period).hashCode()).nextGaussian();
        double raw = demo.get("base").asDouble() * unitFactor * (1 + demo.get("trend").asDouble() * years)
                * (1 + demo.get("seasonal").asDouble() * season) * (1 + demo.get("noise").asDouble() * noise);
        BigDecimal value = BigDecimal.valueOf(raw).setScale(demo.get("decimals").asInt(), RoundingMode.HALF_UP);
        value = clamp(value, indicator.get("minValue"), indicator.get("maxValue"));
        return new Value(key, unitCode, period, value, indicator.get("source").asString());
    }

    private static BigDecimal clamp(BigDecimal value, JsonNode min, JsonNode max) {
        if (min != null && min.isNumber() && value.compareTo(min.decimalValue()) < 0) {
            return min.decimalValue();
        }
        if (max != null && max.isNumber() && value.compareTo(max.decimalValue()) > 0) {
            return max.decimalValue();
        }
        return value;
    }
}
