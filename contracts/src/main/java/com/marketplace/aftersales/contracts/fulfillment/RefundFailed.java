package com.marketplace.aftersales.contracts.fulfillment;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Money;
import java.util.UUID;

/** The payment provider refused the refund (closed card, frozen account); finance agrees another route. */
public record RefundFailed(
        UUID caseId, UUID refundId, Money amount, RefundRoute route, String reason, Actor actor) implements CaseEvent {
}
