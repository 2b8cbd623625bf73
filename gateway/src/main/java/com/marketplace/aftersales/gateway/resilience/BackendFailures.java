package com.marketplace.aftersales.gateway.resilience;

import com.marketplace.aftersales.gateway.GatewayProperties;
import com.marketplace.aftersales.platform.web.ApiProblem;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.cloud.gateway.support.TimeoutException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * What the app is told when a backend cannot answer: {@code 503} with {@code Retry-After} when it is down or its
 * circuit is open, {@code 504} when it did not answer in time. Counted as {@code aftersales.gateway.backend.failures}.
 */
@Component
public class BackendFailures {

    public static final String METRIC = "aftersales.gateway.backend.failures";
    private static final Logger log = LoggerFactory.getLogger(BackendFailures.class);

    enum Outcome { UNAVAILABLE, CIRCUIT_OPEN, TIMEOUT }

    private final GatewayProperties properties;
    private final MeterRegistry meters;

    BackendFailures(GatewayProperties properties, MeterRegistry meters) {
        this.properties = properties;
        this.meters = meters;
    }

    /** The problem to answer with, counted; sets {@code Retry-After} on the response for a 503. */
    public ApiProblem answer(ServerWebExchange exchange, String backend, Throwable failure) {
        Outcome outcome = classify(failure);
        Counter.builder(METRIC).tag("backend", backend).tag("outcome", outcome.name().toLowerCase())
                .description("Requests the gateway answered itself because the backend could not")
                .register(meters).increment();
        log.warn("{} {} -> {}: {} ({})", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                backend, outcome, failure.toString());
        if (outcome == Outcome.TIMEOUT) {
            return new ApiProblem(HttpStatus.GATEWAY_TIMEOUT, "Gateway timeout", "The " + backend
                    + " service did not answer in time. A command may or may not have been applied: repeat it with"
                    + " the same Idempotency-Key to find out.", Map.of("service", backend));
        }
        long retryAfter = properties.circuitBreaker().retryAfterSeconds();
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
        return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", "The " + backend
                + " service is unavailable right now; try again in " + retryAfter + " s. Commands sent with an"
                + " Idempotency-Key are safe to repeat.", Map.of("service", backend));
    }

    static Outcome classify(Throwable failure) {
        // A route without fallback gets SCG's ServiceUnavailableException for an open circuit.
        if (failure instanceof CallNotPermittedException || failure instanceof ServiceUnavailableException) {
            return Outcome.CIRCUIT_OPEN;
        }
        // NettyRoutingFilter turns its response timeout into a 504 ResponseStatusException.
        if (failure instanceof TimeoutException || failure instanceof java.util.concurrent.TimeoutException
                || (failure instanceof ResponseStatusException status
                && status.getStatusCode().value() == HttpStatus.GATEWAY_TIMEOUT.value())) {
            return Outcome.TIMEOUT;
        }
        return Outcome.UNAVAILABLE;
    }
}
