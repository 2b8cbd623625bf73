package com.marketplace.aftersales.intake.web;

import com.marketplace.aftersales.platform.web.ApiProblem;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * {@code 503}: intake cannot take the request right now, and says when to try again ({@code Retry-After}, rendered by
 * {@link RetryLaterHandler}). Nothing was changed; a command sent with an {@code Idempotency-Key} is safe to repeat.
 */
public class RetryLater extends ApiProblem {

    private final Duration retryAfter;

    public RetryLater(String detail, Duration retryAfter, Map<String, Object> properties) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", detail, properties);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one, as the header wants them. */
    public long retryAfterSeconds() {
        long millis = retryAfter.toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
