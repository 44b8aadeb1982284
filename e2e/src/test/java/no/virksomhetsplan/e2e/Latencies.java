package no.virksomhetsplan.e2e;

import java.util.Arrays;

/** Percentiles of measured durations, in milliseconds (nearest rank). */
record Latencies(int count, double p50, double p90, double p95, double p99, double max) {

    static Latencies of(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("nothing was measured");
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted.length, ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.95), ms(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(quantile * sorted.length) - 1))] / 1e6;
    }
}
