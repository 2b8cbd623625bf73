package com.marketplace.aftersales.simulators.payment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One payment in the simulated provider's ledger. Its outcome is fixed when it is created; while {@code now} is
 * before {@code settlesAt} it reads as {@code PENDING} (settlement is evaluated lazily, on read).
 */
record Refund(
        long sequence,
        String refundId,
        String idempotencyKey,
        String orderId,
        BigDecimal amount,
        String currency,
        RefundRoute route,
        Instant createdAt,
        Instant settlesAt,
        RefundStatus outcome,
        String failureReason,
        int calls) {

    RefundStatus statusAt(Instant now) {
        return now.isBefore(settlesAt) ? RefundStatus.PENDING : outcome;
    }

    String failureReasonAt(Instant now) {
        return statusAt(now) == RefundStatus.FAILED ? failureReason : null;
    }

    Refund withOneMoreCall() {
        return new Refund(sequence, refundId, idempotencyKey, orderId, amount, currency, route, createdAt, settlesAt,
                outcome, failureReason, calls + 1);
    }
}
