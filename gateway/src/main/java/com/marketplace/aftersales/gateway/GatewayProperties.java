package com.marketplace.aftersales.gateway;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aftersales.gateway.*}: how the backends' circuit breakers behave. The routes and the backends' URLs
 * ({@code aftersales.gateway.backends.*}) are in application.yml.
 */
@ConfigurationProperties("aftersales.gateway")
public record GatewayProperties(CircuitBreaker circuitBreaker) {

    public GatewayProperties {
        circuitBreaker = circuitBreaker == null ? new CircuitBreaker(null, null, null, null) : circuitBreaker;
    }

    /**
     * One per backend, counting over its last {@code slidingWindowSize} calls.
     *
     * @param failureRateThreshold percentage of failed calls (refused connections, timeouts) that opens the circuit
     * @param minimumCalls         calls needed in the window before the rate counts
     * @param openFor              how long an open circuit answers 503 at once before letting trial calls through;
     *                             also the {@code Retry-After} the gateway announces
     */
    public record CircuitBreaker(Integer failureRateThreshold, Integer slidingWindowSize, Integer minimumCalls,
                                 Duration openFor) {
        public CircuitBreaker {
            failureRateThreshold = failureRateThreshold == null ? 50 : failureRateThreshold;
            slidingWindowSize = slidingWindowSize == null ? 20 : slidingWindowSize;
            minimumCalls = minimumCalls == null ? 10 : minimumCalls;
            openFor = openFor == null ? Duration.ofSeconds(10) : openFor;
        }

        /** Whole seconds, at least one, as the {@code Retry-After} header wants them. */
        public long retryAfterSeconds() {
            return Math.max(1, (openFor.toMillis() + 999) / 1000);
        }
    }
}
