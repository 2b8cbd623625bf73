package com.marketplace.aftersales.fulfillment.cases;

/** The case's state does not allow the action (shipping a return twice, inspecting goods not yet received). */
public class TransitionRefused extends RuntimeException {

    private final FulfillmentStatus currentStatus;

    TransitionRefused(String action, FulfillmentStatus currentStatus) {
        super("Cannot " + action + " while the case is " + currentStatus);
        this.currentStatus = currentStatus;
    }

    public FulfillmentStatus currentStatus() {
        return currentStatus;
    }
}
