package com.marketplace.aftersales.slamonitor.policies;

import com.marketplace.aftersales.contracts.diagnosis.RemedyDecided;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.fulfillment.ExecutionOrderCreated;
import java.time.Instant;

/**
 * What the monitor remembers about a case besides its clocks, because a policy's start or pause depends on it.
 *
 * @param remedy                 the decided remedy (repair starts on receipt only for REPAIR; reship after inspection
 *                               only for EXCHANGE or RESHIP); from {@code RemedyDecided}, or {@code ExecutionOrderCreated}
 *                               which fulfillment writes on the same partition before the receipt, so it is never late
 * @param returnRequired         whether the remedy waits for the goods to come back (then reship starts after inspection)
 * @param awaitingCustomerSince  since when the case waits on the customer ({@link CustomerWait}); null if it does not
 */
public record CaseFacts(Remedy remedy, Boolean returnRequired, Instant awaitingCustomerSince) {

    public static final CaseFacts NONE = new CaseFacts(null, null, null);

    /** Whether the event tells something these facts hold. */
    public static boolean learnsFrom(CaseEvent event) {
        return event instanceof RemedyDecided || event instanceof ExecutionOrderCreated || CustomerWait.concerns(event);
    }

    /** The facts after the event (the same object if it tells nothing new). */
    public CaseFacts after(CaseEvent event, Instant at) {
        if (event instanceof RemedyDecided decided) {
            return new CaseFacts(decided.remedy(), decided.returnRequired(), awaitingCustomerSince);
        }
        if (event instanceof ExecutionOrderCreated order && order.remedy() != null) {
            return new CaseFacts(order.remedy(), returnRequired, awaitingCustomerSince);
        }
        if (CustomerWait.begins(event) && awaitingCustomerSince == null) {
            return new CaseFacts(remedy, returnRequired, at);
        }
        if (CustomerWait.ends(event) && awaitingCustomerSince != null) {
            return new CaseFacts(remedy, returnRequired, null);
        }
        return this;
    }

    public boolean awaitingCustomer() {
        return awaitingCustomerSince != null;
    }
}
