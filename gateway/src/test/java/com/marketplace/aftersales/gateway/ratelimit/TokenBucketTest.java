package com.marketplace.aftersales.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void aFullBucketAllowsTheBurstAtOnceThenOneRequestPerInterval() {
        TokenBucket bucket = new TokenBucket(new RateLimitProperties.Limit(20.0, 40), 0);

        for (int i = 0; i < 40; i++) {
            assertThat(bucket.tryTake(0)).as("request %d of the burst", i + 1).isZero();
        }
        assertThat(bucket.tryTake(0)).as("the 41st at the same instant waits one interval").isEqualTo(SECOND / 20);
        assertThat(bucket.tryTake(SECOND / 20)).as("one interval later one more").isZero();
        assertThat(bucket.tryTake(SECOND / 20)).isPositive();
    }

    @Test
    void itRefillsAtTheRateButNeverAboveTheBurst() {
        TokenBucket bucket = new TokenBucket(new RateLimitProperties.Limit(1.0, 2), 0);
        assertThat(bucket.tryTake(0)).isZero();
        assertThat(bucket.tryTake(0)).isZero();
        assertThat(bucket.tryTake(0)).isEqualTo(SECOND);

        long muchLater = 3600 * SECOND;
        assertThat(bucket.tryTake(muchLater)).isZero();
        assertThat(bucket.tryTake(muchLater)).isZero();
        assertThat(bucket.tryTake(muchLater)).as("an hour of quiet is still a burst of two").isEqualTo(SECOND);
    }

    @Test
    void aRefusedRequestCostsNothing() {
        TokenBucket bucket = new TokenBucket(new RateLimitProperties.Limit(2.0, 1), 0);
        assertThat(bucket.tryTake(0)).isZero();
        for (int i = 0; i < 100; i++) {
            assertThat(bucket.tryTake(0)).isEqualTo(SECOND / 2);
        }
        assertThat(bucket.tryTake(SECOND / 2)).as("the refusals did not push the next token back").isZero();
    }

    @Test
    void fractionalRatesAreHonoured() {
        TokenBucket bucket = new TokenBucket(new RateLimitProperties.Limit(0.5, 1), 0);
        assertThat(bucket.tryTake(0)).isZero();
        assertThat(bucket.tryTake(SECOND)).isEqualTo(SECOND);
        assertThat(bucket.tryTake(2 * SECOND)).isZero();
    }
}
