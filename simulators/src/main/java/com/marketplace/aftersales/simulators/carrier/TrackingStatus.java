package com.marketplace.aftersales.simulators.carrier;

public enum TrackingStatus {
    PICKED_UP,
    IN_TRANSIT,
    OUT_FOR_DELIVERY,
    DELIVERED
}
