package com.marketplace.aftersales.simulators.payment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** The provider's answer to {@code POST /refunds} and {@code GET /refunds/{idempotencyKey}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RefundResponse(String refundId, String idempotencyKey, RefundStatus status, String failureReason) {

    static RefundResponse of(Refund refund, Instant now) {
        return new RefundResponse(refund.refundId(), refund.idempotencyKey(), refund.statusAt(now),
                refund.failureReasonAt(now));
    }
}
