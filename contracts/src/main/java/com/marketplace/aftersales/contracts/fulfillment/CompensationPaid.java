package com.marketplace.aftersales.contracts.fulfillment;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Money;
import java.util.UUID;

/** Compensation reached the customer. */
public record CompensationPaid(
        UUID caseId, Money amount, RefundRoute route, String providerRefundId, Actor actor) implements CaseEvent {
}
