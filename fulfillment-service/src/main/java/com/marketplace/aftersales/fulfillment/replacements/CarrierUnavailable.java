package com.marketplace.aftersales.fulfillment.replacements;

/**
 * The carrier's tracking API did not answer usefully: a 5xx, 408 or 429, a connection failure, or an unreadable
 * body. Transient by assumption: the {@code carriers} retry and circuit breaker count it.
 */
public class CarrierUnavailable extends RuntimeException {

    private final String kind;

    CarrierUnavailable(String kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** {@code server_error} or {@code connection_error}: the outcome tag of the call metric. */
    String kind() {
        return kind;
    }
}
