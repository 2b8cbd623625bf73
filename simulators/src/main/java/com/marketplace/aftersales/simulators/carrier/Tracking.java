package com.marketplace.aftersales.simulators.carrier;

import java.util.List;

/** The answer to {@code GET /tracking/{carrier}/{waybillNo}}: the events so far, oldest first. */
public record Tracking(String carrier, String waybillNo, List<TrackingEvent> events) {

    public Tracking {
        events = List.copyOf(events);
    }
}
