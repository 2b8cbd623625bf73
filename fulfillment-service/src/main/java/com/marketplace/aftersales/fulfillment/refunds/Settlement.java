package com.marketplace.aftersales.fulfillment.refunds;

import com.marketplace.aftersales.fulfillment.FulfillmentProperties;
import java.time.Duration;

/**
 * What the worker records for a refund after a call to the provider. Decided from the provider's answer alone, so the
 * rules are plain and tested without a provider or a database.
 */
sealed interface Settlement {

    /** Paid: the case is refunded and resolved. */
    record Issue(String providerRefundId) implements Settlement {
    }

    /** Refused for good: the committed money is released and the case waits for another route. */
    record Fail(String providerRefundId, String reason) implements Settlement {
    }

    /** Accepted, not settled: look the refund up by its key again after {@code recheckIn}. */
    record AwaitProvider(String providerRefundId, Duration recheckIn) implements Settlement {
    }

    /**
     * Nothing is known about the money: the refund stays due and is paid again (same key) after {@code delay}.
     *
     * @param needsOperator the provider refused the instruction itself; repeating it will not help until someone
     *                      fixes the cause, so it is logged as an error and retried only at the longest interval
     */
    record RetryLater(Duration delay, String error, boolean needsOperator) implements Settlement {
    }

    static Settlement decide(ProviderAnswer answer, int attempts, FulfillmentProperties.RefundWorker config) {
        if (answer instanceof ProviderAnswer.Succeeded succeeded) {
            return new Issue(succeeded.providerRefundId());
        }
        if (answer instanceof ProviderAnswer.Declined declined) {
            return new Fail(declined.providerRefundId(), declined.reason());
        }
        if (answer instanceof ProviderAnswer.Pending pending) {
            return new AwaitProvider(pending.providerRefundId(), config.pendingRecheck());
        }
        if (answer instanceof ProviderAnswer.Rejected rejected) {
            return new RetryLater(config.maxBackoff(), "The payment provider refused the instruction (HTTP "
                    + rejected.httpStatus() + "): " + rejected.detail(), true);
        }
        if (answer instanceof ProviderAnswer.Unknown) {
            return new RetryLater(backoff(attempts, config), "The payment provider does not know the refund", false);
        }
        return new RetryLater(backoff(attempts, config), ((ProviderAnswer.Unavailable) answer).reason(), false);
    }

    /** {@code initialBackoff × 2^(attempts-1)}, at most {@code maxBackoff}. */
    static Duration backoff(int attempts, FulfillmentProperties.RefundWorker config) {
        int doublings = Math.max(0, attempts - 1);
        if (doublings >= 31) {
            return config.maxBackoff();
        }
        Duration delay = config.initialBackoff().multipliedBy(1L << doublings);
        return delay.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : delay;
    }
}
