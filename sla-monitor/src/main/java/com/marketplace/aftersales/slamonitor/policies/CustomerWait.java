package com.marketplace.aftersales.slamonitor.policies;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.intake.CaseReviewed;
import com.marketplace.aftersales.contracts.intake.InfoProvided;
import com.marketplace.aftersales.contracts.intake.ReviewDecision;

/**
 * The case waits on the customer from a review asking for more information until the customer provides it (contracts
 * §4, "pauses / resumes"). Clocks that measure the platform's own speed stand still meanwhile. Both events are intake's,
 * on one partition, so they arrive in order.
 */
public final class CustomerWait {

    private CustomerWait() {
    }

    public static boolean begins(CaseEvent event) {
        return event instanceof CaseReviewed reviewed && reviewed.decision() == ReviewDecision.NEEDS_MORE_INFO;
    }

    public static boolean ends(CaseEvent event) {
        return event instanceof InfoProvided;
    }

    public static boolean concerns(CaseEvent event) {
        return begins(event) || ends(event);
    }
}
