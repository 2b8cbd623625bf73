package com.marketplace.aftersales.gateway.ratelimit;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A token bucket kept as one number, the theoretical arrival time of the next request (the generic cell rate
 * algorithm): a request is allowed when it arrives no more than {@code (burst - 1)} intervals before that time, and
 * each allowed request moves it one interval on. The same behaviour as counting tokens (a burst, then one request
 * per interval), in integer nanoseconds, updated without a lock.
 */
final class TokenBucket {

    private final long interval;
    private final long tolerance;
    private final AtomicLong theoreticalArrival;

    TokenBucket(RateLimitProperties.Limit limit, long now) {
        this.interval = Math.max(1, Math.round(1e9 / limit.perSecond()));
        this.tolerance = interval * (limit.burst() - 1L);
        this.theoreticalArrival = new AtomicLong(now);
    }

    /** Takes one token at {@code now} (nanoseconds of the ticker): 0 if allowed, else the nanoseconds to wait. */
    long tryTake(long now) {
        while (true) {
            long current = theoreticalArrival.get();
            long arrival = current - now > 0 ? current : now;
            long early = arrival - now - tolerance;
            if (early > 0) {
                return early;
            }
            if (theoreticalArrival.compareAndSet(current, arrival + interval)) {
                return 0;
            }
        }
    }
}
