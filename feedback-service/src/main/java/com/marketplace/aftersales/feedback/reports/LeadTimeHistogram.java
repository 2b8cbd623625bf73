package com.marketplace.aftersales.feedback.reports;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The refund lead times of a month as counts per logarithmic bucket, so a month's percentiles come from a few hundred
 * stored numbers however many refunds were paid, and each paid refund is one increment. Buckets grow by a factor
 * {@code γ = (1 + α) / (1 − α)}; every lead time in a bucket is within the relative accuracy {@code α} (1 %) of the
 * bucket's representative value, so a percentile read here is within 1 % (and rounding to the second) of the exact
 * one. Bucket 0 holds lead times under a second (and negative ones, from clocks of two instances disagreeing).
 *
 * @param refunds refunds per bucket, only non-empty buckets
 */
public record LeadTimeHistogram(NavigableMap<Integer, Long> refunds) {

    /** The relative accuracy α of the percentiles. Part of the stored data's meaning: never change it in place. */
    public static final double RELATIVE_ACCURACY = 0.01;
    private static final double GAMMA = (1 + RELATIVE_ACCURACY) / (1 - RELATIVE_ACCURACY);
    private static final double LOG_GAMMA = Math.log(GAMMA);

    public static final LeadTimeHistogram EMPTY = new LeadTimeHistogram(new TreeMap<>());

    public LeadTimeHistogram {
        refunds.forEach((bucket, count) -> {
            if (bucket < 0 || count < 1) {
                throw new IllegalArgumentException("Bucket " + bucket + " with " + count + " refunds");
            }
        });
        refunds = Collections.unmodifiableNavigableMap(new TreeMap<>(refunds));
    }

    public static LeadTimeHistogram of(Map<Integer, Long> refunds) {
        return new LeadTimeHistogram(new TreeMap<>(refunds));
    }

    /** The bucket a lead time is counted in. */
    public static int bucketOf(Duration leadTime) {
        long seconds = Math.max(0, leadTime.getSeconds());
        if (seconds == 0) {
            return 0;
        }
        // seconds in (γ^(b−2), γ^(b−1)] go to bucket b ≥ 1
        return (int) Math.ceil(Math.log(seconds) / LOG_GAMMA) + 1;
    }

    /** The value reported for any lead time of the bucket, in whole seconds. */
    public static long representativeSeconds(int bucket) {
        if (bucket == 0) {
            return 0;
        }
        return Math.round(2 * Math.pow(GAMMA, bucket - 1) / (GAMMA + 1));
    }

    public long count() {
        return refunds.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The nearest-rank percentile: the smallest lead time that at least {@code percent} % of the refunds took no
     * longer than. Whole percents keep the rank exact (0.9 × 10 in floating point is a little over 9).
     *
     * @param percent 1 to 100, e.g. 50 for the median
     * @return in seconds; 0 for a month without refunds
     */
    public long percentileSeconds(int percent) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("A percentile is 1 to 100, not " + percent);
        }
        long total = count();
        if (total == 0) {
            return 0;
        }
        long rank = Math.max(1, (percent * total + 99) / 100);
        long seen = 0;
        for (Map.Entry<Integer, Long> bucket : refunds.entrySet()) {
            seen += bucket.getValue();
            if (seen >= rank) {
                return representativeSeconds(bucket.getKey());
            }
        }
        throw new IllegalStateException("unreachable: rank " + rank + " of " + total);
    }
}
