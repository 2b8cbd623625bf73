package com.marketplace.aftersales.benchmarks.stats;

import java.util.Arrays;

/**
 * A sample of durations in milliseconds, summarised. Percentiles are nearest-rank (the smallest sample such that at
 * least p % of the samples are at or below it): every reported value is one that was measured, nothing interpolated.
 */
public record Distribution(int count, long minMillis, long p50Millis, long p90Millis, long p99Millis, long p999Millis,
                           long maxMillis, double meanMillis) {

    /** @return the summary, or null for an empty sample (nothing to summarise is reported as nothing) */
    public static Distribution ofOrNull(long[] samplesMillis) {
        return samplesMillis.length == 0 ? null : of(samplesMillis);
    }

    public static Distribution of(long[] samplesMillis) {
        if (samplesMillis.length == 0) {
            throw new IllegalArgumentException("An empty sample has no distribution");
        }
        long[] sorted = samplesMillis.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (long sample : sorted) {
            sum += sample;
        }
        return new Distribution(sorted.length, sorted[0], percentile(sorted, 50), percentile(sorted, 90),
                percentile(sorted, 99), percentile(sorted, 99.9), sorted[sorted.length - 1], sum / sorted.length);
    }

    /** Nearest rank of an ascending sample: the value at rank ceil(p/100 × n), ranks counted from 1. */
    public static long percentile(long[] sorted, double percent) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("An empty sample has no percentiles");
        }
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("A percentile is in (0, 100]: " + percent);
        }
        // percent × n is computed in binary floating point (99.9 × 1000 = 99900.00000000001): a tolerance far below
        // one rank keeps an exact rank exact
        int rank = (int) Math.ceil(percent * sorted.length / 100.0 - 1e-6);
        return sorted[Math.max(rank, 1) - 1];
    }

    public double p50Seconds() {
        return p50Millis / 1000.0;
    }

    public double p99Seconds() {
        return p99Millis / 1000.0;
    }

    public double maxSeconds() {
        return maxMillis / 1000.0;
    }
}
