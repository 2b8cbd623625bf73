package com.marketplace.aftersales.fulfillment.refunds;

/**
 * The payment provider did not answer usefully: a 5xx, 408 or 429, a connection failure, or an unreadable body.
 * Transient by assumption: the {@code payments} retry and circuit breaker count it, a 4xx never is one.
 */
public class PaymentProviderUnavailable extends RuntimeException {

    private final String kind;

    PaymentProviderUnavailable(String kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** {@code server_error} or {@code connection_error}: the outcome tag of the call metric. */
    String kind() {
        return kind;
    }
}
