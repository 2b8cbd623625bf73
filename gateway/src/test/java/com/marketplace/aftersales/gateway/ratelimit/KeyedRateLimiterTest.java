package com.marketplace.aftersales.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class KeyedRateLimiterTest {

    private static final RateLimitProperties.Limit TWO_PER_SECOND = new RateLimitProperties.Limit(2.0, 2);
    private final AtomicLong now = new AtomicLong();
    private final Ticker ticker = now::get;

    @Test
    void eachKeyHasItsOwnBucketAndARefusalSaysWhenToComeBack() {
        KeyedRateLimiter limiter = new KeyedRateLimiter(100, TWO_PER_SECOND.fullAfter(), ticker);

        assertThat(limiter.charge("a", TWO_PER_SECOND).allowed()).isTrue();
        assertThat(limiter.charge("a", TWO_PER_SECOND).allowed()).isTrue();
        KeyedRateLimiter.Decision refused = limiter.charge("a", TWO_PER_SECOND);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).as("half a second, rounded up to whole seconds").isEqualTo(1);
        assertThat(limiter.charge("b", TWO_PER_SECOND).allowed()).as("another key is not affected").isTrue();

        now.addAndGet(Duration.ofMillis(500).toNanos());
        assertThat(limiter.charge("a", TWO_PER_SECOND).allowed()).isTrue();
    }

    @Test
    void retryAfterIsRoundedUpToWholeSecondsAndNeverZero() {
        assertThat(KeyedRateLimiter.Decision.refused(1).retryAfterSeconds()).isEqualTo(1);
        assertThat(KeyedRateLimiter.Decision.refused(Duration.ofSeconds(1).toNanos()).retryAfterSeconds()).isEqualTo(1);
        assertThat(KeyedRateLimiter.Decision.refused(Duration.ofMillis(1001).toNanos()).retryAfterSeconds())
                .isEqualTo(2);
    }

    @Test
    void theStoreNeverHoldsMoreThanItsBoundWhateverKeysArrive() {
        KeyedRateLimiter limiter = new KeyedRateLimiter(50, Duration.ofHours(1), ticker);

        for (int i = 0; i < 10_000; i++) {
            limiter.charge("203.0.113." + i, TWO_PER_SECOND);
        }

        assertThat(limiter.trackedKeys()).isLessThanOrEqualTo(50);
    }

    @Test
    void aBucketIdleLongEnoughToBeFullAgainIsForgotten() {
        KeyedRateLimiter limiter = new KeyedRateLimiter(100, TWO_PER_SECOND.fullAfter(), ticker);
        limiter.charge("a", TWO_PER_SECOND);
        limiter.charge("a", TWO_PER_SECOND);
        assertThat(limiter.trackedKeys()).isEqualTo(1);

        now.addAndGet(TWO_PER_SECOND.fullAfter().toNanos() + 1);

        assertThat(limiter.trackedKeys()).isZero();
        assertThat(limiter.charge("a", TWO_PER_SECOND).allowed()).isTrue();
        assertThat(limiter.charge("a", TWO_PER_SECOND).allowed()).isTrue();
        assertThat(limiter.charge("a", TWO_PER_SECOND).allowed()).isFalse();
    }
}
