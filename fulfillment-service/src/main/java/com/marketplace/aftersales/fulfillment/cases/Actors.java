package com.marketplace.aftersales.fulfillment.cases;

import com.marketplace.aftersales.contracts.event.Actor;

/** Who acts when no person does: fulfillment itself (the execution planner, the payment worker). */
public final class Actors {

    public static final Actor SYSTEM = Actor.system("fulfillment-service");

    private Actors() {
    }
}
