package com.marketplace.aftersales.fulfillment.refunds;

import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.fulfillment.RefundRoute;
import com.marketplace.aftersales.fulfillment.cases.PayoutKind;
import java.time.Instant;
import java.util.UUID;

/**
 * A payment (a refund or a compensation payout) a worker holds the lease on, as it was when claimed.
 *
 * @param attempts how often a worker has taken this payment, this time included
 * @param reason   why it was ordered other than by the plan's normal step (an automatic refund), or null
 */
record ClaimedPayment(UUID refundId, UUID caseId, PayoutKind kind, String idempotencyKey, String orderId, Money amount,
                      RefundRoute route, PaymentStatus status, int attempts, Instant requestedAt, String reason) {

    /** The provider has one API for money going back to a customer; the kind lives in our key, not in its body. */
    PaymentsClient.RefundInstruction instruction() {
        return new PaymentsClient.RefundInstruction(idempotencyKey, orderId, amount.amount().setScale(2).toPlainString(),
                amount.currency(), route.name());
    }
}
