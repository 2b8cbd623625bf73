package com.marketplace.aftersales.platform.consumer;

/**
 * A record that will fail however often it is retried (it contradicts the service's data, say): it goes to the
 * dead-letter topic at once instead of after the retries.
 */
public class NonRetryableRecordException extends RuntimeException {

    public NonRetryableRecordException(String message) {
        super(message);
    }

    public NonRetryableRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
