package com.marketplace.aftersales.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * One token bucket per key, in a bounded store: at most {@code maxKeys} buckets (the least recently used go first),
 * and a bucket unused for as long as it takes to fill up again is dropped, which loses nothing since a new one starts
 * full. A flood of new keys can push out the buckets of quiet keys (they start full when they come back); it cannot
 * grow the memory.
 */
final class KeyedRateLimiter {

    private final Cache<String, TokenBucket> buckets;
    private final Ticker ticker;

    KeyedRateLimiter(long maxKeys, Duration idleUntilForgotten, Ticker ticker) {
        this.ticker = ticker;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfterAccess(idleUntilForgotten)
                .ticker(ticker)
                // evictions happen on the caller's thread: no background pool, predictable in tests
                .executor(Runnable::run)
                .build();
    }

    /** Charges one request to {@code key}'s bucket (created with {@code limit} if new). */
    Decision charge(String key, RateLimitProperties.Limit limit) {
        long now = ticker.read();
        long wait = buckets.get(key, unused -> new TokenBucket(limit, now)).tryTake(now);
        return wait == 0 ? Decision.ALLOWED : Decision.refused(wait);
    }

    long trackedKeys() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    /**
     * @param retryAfterSeconds when a refused request could succeed, in whole seconds rounded up, at least 1
     */
    record Decision(boolean allowed, long retryAfterSeconds) {
        static final Decision ALLOWED = new Decision(true, 0);

        static Decision refused(long waitNanos) {
            return new Decision(false, Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L));
        }
    }
}
