package com.marketplace.aftersales.benchmarks.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The clocks a run loads: for each case its deadline, uniform over {@code [created + warmup, created + spread]},
 * drawn from a seeded generator. The clock's start (the {@code MerchantVerificationRequested} event time) is the
 * deadline minus the {@code merchant-response} limit, so every clock was started days ago and falls due in the
 * coming hours, as in a system that has been running a while.
 */
public final class ClockPlan {

    /** The monitor's default {@code merchant-response} limit (5 days, wall clock); the run leaves it unchanged. */
    public static final Duration MERCHANT_RESPONSE_LIMIT = Duration.ofDays(5);

    private final CaseIds ids;
    private final Instant createdAt;
    private final Duration warmup;
    private final Duration spread;
    private final long[] dueMillis;
    private final long[] sortedDueMillis;

    private ClockPlan(CaseIds ids, Instant createdAt, Duration warmup, Duration spread, long[] dueMillis) {
        this.ids = ids;
        this.createdAt = createdAt;
        this.warmup = warmup;
        this.spread = spread;
        this.dueMillis = dueMillis;
        this.sortedDueMillis = dueMillis.clone();
        Arrays.sort(sortedDueMillis);
    }

    public static ClockPlan create(CaseIds ids, Instant now, Duration warmup, Duration spread, long seed) {
        if (spread.compareTo(warmup) <= 0) {
            throw new IllegalArgumentException("The spread (" + spread + ") must be longer than the warm-up (" + warmup
                    + ")");
        }
        if (spread.compareTo(MERCHANT_RESPONSE_LIMIT) >= 0) {
            throw new IllegalArgumentException("Deadlines more than " + MERCHANT_RESPONSE_LIMIT.toDays()
                    + " days ahead would need clocks started in the future");
        }
        SplittableRandom random = new SplittableRandom(seed);
        long from = now.plus(warmup).toEpochMilli();
        long width = spread.minus(warmup).toMillis();
        long[] due = new long[ids.count()];
        for (int i = 0; i < due.length; i++) {
            due[i] = from + random.nextLong(width + 1);
        }
        return new ClockPlan(ids, now, warmup, spread, due);
    }

    public CaseIds ids() {
        return ids;
    }

    public int count() {
        return dueMillis.length;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Duration warmup() {
        return warmup;
    }

    public Duration spread() {
        return spread;
    }

    public long dueMillis(int index) {
        return dueMillis[index];
    }

    /** When the case's merchant was asked to respond: the clock's start. */
    public Instant startOf(int index) {
        return Instant.ofEpochMilli(dueMillis[index]).minus(MERCHANT_RESPONSE_LIMIT);
    }

    public long firstDueMillis() {
        return sortedDueMillis[0];
    }

    public long lastDueMillis() {
        return sortedDueMillis[sortedDueMillis.length - 1];
    }

    /** Deadlines per second, on average, over the spread. */
    public double dueRatePerSecond() {
        return count() / (spread.minus(warmup).toMillis() / 1000.0);
    }

    /** How many deadlines fall in {@code [fromMillis, toMillis]}. */
    public int countDueBetween(long fromMillis, long toMillis) {
        if (toMillis < fromMillis) {
            return 0;
        }
        return upperIndex(toMillis) - lowerIndex(fromMillis);
    }

    /** The indices of the cases whose deadline falls in {@code [fromMillis, toMillis]}. */
    public int[] indicesDueBetween(long fromMillis, long toMillis) {
        return java.util.stream.IntStream.range(0, dueMillis.length)
                .filter(i -> dueMillis[i] >= fromMillis && dueMillis[i] <= toMillis)
                .toArray();
    }

    /** First position in the sorted due times whose value is >= millis. */
    private int lowerIndex(long millis) {
        int low = 0;
        int high = sortedDueMillis.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sortedDueMillis[mid] < millis) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** First position in the sorted due times whose value is > millis. */
    private int upperIndex(long millis) {
        int low = 0;
        int high = sortedDueMillis.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sortedDueMillis[mid] <= millis) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
