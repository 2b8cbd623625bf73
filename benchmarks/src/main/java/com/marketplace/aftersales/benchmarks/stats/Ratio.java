package com.marketplace.aftersales.benchmarks.stats;

/** How many times larger one measured quantity is than another, for the report's "×" columns. */
public final class Ratio {

    private Ratio() {
    }

    /** @return numerator / denominator, or null when the denominator is zero or either side is missing */
    public static Double of(Double numerator, Double denominator) {
        if (numerator == null || denominator == null || denominator == 0.0 || numerator.isNaN()
                || denominator.isNaN()) {
            return null;
        }
        return numerator / denominator;
    }

    /** Ratios of lags: a lag of 0 ms is counted as 1 ms, so a ratio stays finite and errs towards the smaller side. */
    public static Double ofMillis(long numerator, long denominator) {
        return (double) Math.max(numerator, 1) / Math.max(denominator, 1);
    }
}
