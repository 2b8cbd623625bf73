package com.marketplace.aftersales.contracts.fulfillment;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Money;
import java.util.UUID;

/** A refund was ordered and will be paid through the payment provider under the given idempotency key. */
public record RefundRequested(
        UUID caseId, UUID refundId, String idempotencyKey, Money amount, RefundRoute route, Actor actor) implements CaseEvent {
}
