package com.marketplace.aftersales.fulfillment.refunds;

/** A payment row's state (a refund or a compensation payout): open ones (REQUESTED, PENDING) are the worker's queue. */
enum PaymentStatus {
    /** Ordered; the provider has not confirmed receiving it (or its answer was never recorded). */
    REQUESTED,
    /** The provider accepted it and will settle later; reconciled by idempotency key. */
    PENDING,
    SUCCEEDED,
    FAILED
}
