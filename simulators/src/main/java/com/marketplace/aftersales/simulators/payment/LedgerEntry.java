package com.marketplace.aftersales.simulators.payment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One payment as {@code GET /ledger} shows it, so a test can prove a refund was paid once.
 *
 * @param calls how many {@code POST /refunds} reached the ledger with this key (repeats and conflicting reuses
 *              included; calls refused by a simulated outage never reach it)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LedgerEntry(
        String refundId,
        String idempotencyKey,
        String orderId,
        String amount,
        String currency,
        RefundRoute route,
        RefundStatus status,
        String failureReason,
        Instant createdAt,
        int calls) {

    static LedgerEntry of(Refund refund, Instant now) {
        return new LedgerEntry(refund.refundId(), refund.idempotencyKey(), refund.orderId(),
                refund.amount().toPlainString(), refund.currency(), refund.route(), refund.statusAt(now),
                refund.failureReasonAt(now), refund.createdAt(), refund.calls());
    }
}
