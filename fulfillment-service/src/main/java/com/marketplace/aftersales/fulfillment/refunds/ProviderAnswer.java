package com.marketplace.aftersales.fulfillment.refunds;

/**
 * What came of one (resilient) call to the payment provider. The client never fails with an exception: an
 * unreachable provider is an answer too ({@link Unavailable}), so the worker decides every case the same way.
 */
sealed interface ProviderAnswer {

    /** The provider paid the refund. */
    record Succeeded(String providerRefundId) implements ProviderAnswer {
    }

    /** The provider accepted the instruction but has not settled it yet; look it up again by key later. */
    record Pending(String providerRefundId) implements ProviderAnswer {
    }

    /** The provider refused the refund for good (closed card, frozen account). */
    record Declined(String providerRefundId, String reason) implements ProviderAnswer {
    }

    /** A lookup by key found nothing: the instruction never reached the provider. */
    record Unknown() implements ProviderAnswer {
    }

    /**
     * The provider refused the instruction itself (4xx): it is malformed, or the key was used for another
     * instruction. Retrying the same instruction cannot help; an operator must look.
     */
    record Rejected(int httpStatus, String detail) implements ProviderAnswer {
    }

    /** No answer: timeouts, connection failures, 5xx after the retries, or the circuit breaker is open. */
    record Unavailable(String reason) implements ProviderAnswer {
    }

    /** The provider decided about the money, so its answer must be recorded. */
    default boolean settlesOrAcknowledges() {
        return this instanceof Succeeded || this instanceof Pending || this instanceof Declined;
    }
}
