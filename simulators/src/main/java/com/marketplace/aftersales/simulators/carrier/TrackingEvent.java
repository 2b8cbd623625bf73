package com.marketplace.aftersales.simulators.carrier;

import java.time.Instant;

public record TrackingEvent(Instant at, TrackingStatus status, String location) {
}
