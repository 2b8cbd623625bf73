package com.marketplace.aftersales.contracts.diagnosis;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Remedy;
import java.util.UUID;

/**
 * The plan fulfillment executes. Self-contained: fulfillment builds its execution order from this event alone.
 *
 * @param refundAmount       what to refund, if the remedy refunds
 * @param compensationAmount what to pay as compensation, if any
 * @param linePaid           what was paid for the order line: refunds plus compensation never exceed it
 * @param returnRequired     whether the goods come back before anything is paid or shipped
 * @param warehouseId        where returned goods go, when they come back
 */
public record RemedyDecided(
        UUID caseId,
        Remedy remedy,
        Money refundAmount,
        Money compensationAmount,
        Money linePaid,
        boolean returnRequired,
        String warehouseId,
        String customerId,
        String merchantId,
        String orderId,
        String orderLineId,
        String serviceNo,
        Actor actor) implements CaseEvent {
}
