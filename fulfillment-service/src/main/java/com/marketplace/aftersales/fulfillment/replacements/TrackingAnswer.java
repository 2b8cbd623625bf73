package com.marketplace.aftersales.fulfillment.replacements;

/**
 * What came of one (resilient) look at a shipment's tracking. The client never fails with an exception: a carrier
 * that cannot be reached is an answer too ({@link Unavailable}), so the tracker decides every case the same way.
 */
sealed interface TrackingAnswer {

    /** The carrier reports the parcel delivered. */
    record Delivered() implements TrackingAnswer {
    }

    /**
     * On its way (or not even picked up yet).
     *
     * @param latestStatus the carrier's latest tracking status, or null when there is no event yet
     */
    record InTransit(String latestStatus) implements TrackingAnswer {
    }

    /** The carrier does not know the waybill (yet, or ever: a typo). */
    record UnknownWaybill() implements TrackingAnswer {
    }

    /** No usable answer: timeouts, connection failures, 5xx or 4xx after the retries, or the circuit is open. */
    record Unavailable(String reason) implements TrackingAnswer {
    }
}
