package com.marketplace.aftersales.fulfillment.cases;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;

/** Who acts when no person does: fulfillment itself (the execution planner, the workers, missed deadlines). */
public final class Actors {

    public static final Actor SYSTEM = Actor.system("fulfillment-service");

    private Actors() {
    }

    /**
     * Fulfillment acting because a deadline passed. The id names the policy, so a timeline entry of the action's
     * events (an automatic refund, which has no reason field of its own) says why the system acted.
     */
    public static Actor onDeadline(SlaPolicy policy) {
        return Actor.system("fulfillment-service/deadline:" + (policy == null ? SlaPolicy.UNKNOWN : policy).id());
    }
}
