package com.marketplace.aftersales.fulfillment.cases;

/**
 * The two kinds of money fulfillment pays through the payment provider. Both are counted against the order line's paid
 * amount; each numbers its payments per case in its own idempotency keys ({@code refund:<caseId>:<n>},
 * {@code compensation:<caseId>:<n>}).
 */
public enum PayoutKind {
    REFUND("refund"),
    COMPENSATION("compensation");

    private final String keyPrefix;

    PayoutKind(String keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    /** Deterministic, so a retried payment can never become a second payment: {@code <kind>:<caseId>:<n>}. */
    public String idempotencyKey(java.util.UUID caseId, int sequence) {
        return keyPrefix + ":" + caseId + ":" + sequence;
    }
}
