package com.marketplace.aftersales.fulfillment.support;

import com.marketplace.aftersales.contracts.Component;
import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.diagnosis.RemedyDecided;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.time.Instant;
import java.util.UUID;

/** Decided remedies as diagnosis publishes them, for the demo customer, merchant and warehouse. */
public final class Remedies {

    public static final String CUSTOMER = "customer-demo-1";
    public static final String OTHER_CUSTOMER = "customer-demo-2";
    public static final String MERCHANT = "merchant-demo-1";
    public static final String WAREHOUSE = "warehouse-demo-1";
    public static final String WAREHOUSE_ADDRESS = "No. 8 Logistics Road, Hangzhou";
    public static final Money LINE_PAID = Money.of("129.00", "CNY");

    private Remedies() {
    }

    /** Return the goods to the demo warehouse, then refund all that was paid for the line. */
    public static RemedyDecided returnAndRefund(UUID caseId) {
        return remedy(caseId, Remedy.RETURN_REFUND, LINE_PAID, true, WAREHOUSE);
    }

    /** Refund at once, nothing comes back (a lost parcel). */
    public static RemedyDecided refundOnly(UUID caseId, String amount) {
        return remedy(caseId, Remedy.REFUND_ONLY, Money.of(amount, "CNY"), false, null);
    }

    /** A partial refund decided in arbitration: money at once, nothing comes back. */
    public static RemedyDecided partialRefund(UUID caseId, String amount) {
        return remedy(caseId, Remedy.PARTIAL_REFUND, Money.of(amount, "CNY"), false, null);
    }

    /** Compensation only (e.g. an advance payout of a dispute decided for the customer). */
    public static RemedyDecided compensation(UUID caseId, String amount) {
        return money(caseId, Remedy.COMPENSATION, null, Money.of(amount, "CNY"));
    }

    /** A plan that refunds and compensates, nothing comes back. */
    public static RemedyDecided money(UUID caseId, Remedy remedy, Money refund, Money compensation) {
        return new RemedyDecided(caseId, remedy, refund, compensation, LINE_PAID, false, null, CUSTOMER, MERCHANT,
                "order-" + caseId.toString().substring(0, 8), "line-1",
                "AS-20261122-" + caseId.toString().substring(0, 6), Actor.system("diagnosis-service"));
    }

    /** The goods come back to the demo warehouse; the merchant ships a replacement once they passed inspection. */
    public static RemedyDecided exchange(UUID caseId) {
        return remedy(caseId, Remedy.EXCHANGE, null, true, WAREHOUSE);
    }

    /** The merchant ships the item again at once (a lost parcel). */
    public static RemedyDecided reship(UUID caseId) {
        return remedy(caseId, Remedy.RESHIP, null, false, null);
    }

    /** The item comes back to the demo warehouse for repair. */
    public static RemedyDecided repair(UUID caseId) {
        return remedy(caseId, Remedy.REPAIR, null, true, WAREHOUSE);
    }

    public static RemedyDecided remedy(UUID caseId, Remedy remedy, Money refund, boolean returnRequired,
                                       String warehouseId) {
        return onLine(caseId, "order-" + caseId.toString().substring(0, 8), "line-1", remedy, refund,
                returnRequired, warehouseId);
    }

    /** A remedy for a case on a given order line: several cases of one line share its refund ceiling. */
    public static RemedyDecided onLine(UUID caseId, String orderId, String orderLineId, Remedy remedy, Money refund,
                                       boolean returnRequired, String warehouseId) {
        return new RemedyDecided(caseId, remedy, refund, null, LINE_PAID, returnRequired, warehouseId, CUSTOMER,
                MERCHANT, orderId, orderLineId, "AS-20261122-" + caseId.toString().substring(0, 6),
                Actor.system("diagnosis-service"));
    }

    public static <E extends CaseEvent> EventEnvelope<E> from(Component source, E event) {
        return EventEnvelope.of(event, source, UUID.randomUUID(), Instant.now());
    }
}
