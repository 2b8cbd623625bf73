package com.marketplace.aftersales.fulfillment.cases;

import com.marketplace.aftersales.contracts.fulfillment.RepairStage;
import java.util.LinkedHashMap;
import java.util.Map;

/** The case's state does not allow the action (shipping a return twice, inspecting goods not yet received). */
public class TransitionRefused extends RuntimeException {

    private final FulfillmentStatus currentStatus;
    private final RepairStage currentStage;

    TransitionRefused(String action, FulfillmentStatus currentStatus) {
        this(action, currentStatus, null);
    }

    TransitionRefused(String action, FulfillmentStatus currentStatus, RepairStage currentStage) {
        super("Cannot " + action + " while the case is " + currentStatus
                + (currentStage == null ? "" : " (repair stage " + currentStage + ")"));
        this.currentStatus = currentStatus;
        this.currentStage = currentStage;
    }

    public FulfillmentStatus currentStatus() {
        return currentStatus;
    }

    /** What a {@code 409} problem tells the caller besides the message: the status, and a repair's stage. */
    public Map<String, Object> problemProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("currentStatus", currentStatus.name());
        if (currentStage != null) {
            properties.put("currentStage", currentStage.name());
        }
        return properties;
    }
}
