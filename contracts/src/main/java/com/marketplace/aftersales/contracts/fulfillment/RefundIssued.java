package com.marketplace.aftersales.contracts.fulfillment;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Money;
import java.util.UUID;

/** The payment provider confirmed the refund. */
public record RefundIssued(
        UUID caseId, UUID refundId, Money amount, RefundRoute route, String providerRefundId, Actor actor) implements CaseEvent {
}
