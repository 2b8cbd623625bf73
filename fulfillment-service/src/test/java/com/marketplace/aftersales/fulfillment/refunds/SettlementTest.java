package com.marketplace.aftersales.fulfillment.refunds;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.fulfillment.FulfillmentProperties;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How the worker records each kind of answer from the payment provider. */
class SettlementTest {

    private final FulfillmentProperties.RefundWorker config = new FulfillmentProperties.RefundWorker(
            Duration.ofSeconds(30), Duration.ofSeconds(60), 8, Duration.ofSeconds(1), Duration.ofMinutes(5),
            Duration.ofMinutes(1));

    @Test
    void aPaidRefundIsIssued() {
        assertThat(decide(new ProviderAnswer.Succeeded("p-1"), 1)).isEqualTo(new Settlement.Issue("p-1"));
    }

    @Test
    void aDeclinedRefundFailsWithTheProvidersReason() {
        assertThat(decide(new ProviderAnswer.Declined("p-1", "CARD_CLOSED"), 1))
                .isEqualTo(new Settlement.Fail("p-1", "CARD_CLOSED"));
    }

    @Test
    void aPendingRefundIsLookedUpAgainAfterTheRecheckInterval() {
        assertThat(decide(new ProviderAnswer.Pending("p-1"), 3))
                .isEqualTo(new Settlement.AwaitProvider("p-1", Duration.ofMinutes(1)));
    }

    @Test
    void anUnreachableProviderIsTriedAgainWithABackoffThatDoublesUpToTheMaximum() {
        assertThat(decide(new ProviderAnswer.Unavailable("timed out"), 1))
                .isEqualTo(new Settlement.RetryLater(Duration.ofSeconds(1), "timed out", false));
        assertThat(retryDelay(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(retryDelay(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(retryDelay(9)).isEqualTo(Duration.ofSeconds(256));
        assertThat(retryDelay(10)).isEqualTo(Duration.ofMinutes(5));
        assertThat(retryDelay(5_000)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aRefusedInstructionWaitsTheLongestIntervalAndAsksForAnOperator() {
        Settlement settlement = decide(new ProviderAnswer.Rejected(422, "key reused"), 1);

        assertThat(settlement).isInstanceOfSatisfying(Settlement.RetryLater.class, retry -> {
            assertThat(retry.delay()).isEqualTo(Duration.ofMinutes(5));
            assertThat(retry.needsOperator()).isTrue();
            assertThat(retry.error()).contains("422").contains("key reused");
        });
    }

    @Test
    void aRefundTheProviderDoesNotKnowIsSentAgainLater() {
        assertThat(decide(new ProviderAnswer.Unknown(), 2)).isInstanceOfSatisfying(Settlement.RetryLater.class,
                retry -> assertThat(retry.delay()).isEqualTo(Duration.ofSeconds(2)));
    }

    private Settlement decide(ProviderAnswer answer, int attempts) {
        return Settlement.decide(answer, attempts, config);
    }

    private Duration retryDelay(int attempts) {
        return ((Settlement.RetryLater) decide(new ProviderAnswer.Unavailable("down"), attempts)).delay();
    }
}
