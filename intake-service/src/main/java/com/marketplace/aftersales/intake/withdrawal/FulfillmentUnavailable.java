package com.marketplace.aftersales.intake.withdrawal;

/**
 * Fulfillment gave no usable answer: a 5xx, 408 or 429, a connection failure, an unreadable body. Counted as a failure
 * by the {@code fulfillment} circuit breaker; the customer is told to try again.
 */
public class FulfillmentUnavailable extends RuntimeException {

    private final String kind;

    FulfillmentUnavailable(String kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** {@code server_error} or {@code connection_error}: the outcome tag of the call metric. */
    String kind() {
        return kind;
    }
}
