package com.marketplace.aftersales.fulfillment.refunds;

import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.fulfillment.RefundRoute;
import java.time.Instant;
import java.util.UUID;

/**
 * A refund a worker holds the lease on, as it was when claimed.
 *
 * @param attempts how often a worker has taken this refund, this time included
 */
record ClaimedRefund(UUID refundId, UUID caseId, String idempotencyKey, String orderId, Money amount,
                     RefundRoute route, RefundStatus status, int attempts, Instant requestedAt) {

    PaymentsClient.RefundInstruction instruction() {
        return new PaymentsClient.RefundInstruction(idempotencyKey, orderId, amount.amount().setScale(2).toPlainString(),
                amount.currency(), route.name());
    }
}
