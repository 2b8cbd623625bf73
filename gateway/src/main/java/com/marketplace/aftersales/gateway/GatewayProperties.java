package com.marketplace.aftersales.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aftersales.gateway.*} shared by several features: where the backends are, how their circuit breakers behave,
 * and which proxies in front of the gateway are trusted to name the client. The routes themselves are in
 * application.yml; each feature has its own properties below this prefix (rate limits, body limits, CORS …).
 *
 * @param backends       service name (intake, diagnosis, fulfillment, feedback, case-view) → base URL; the routes use
 *                       the same values, which is how a route is known to lead to a service
 * @param trustedProxies addresses or CIDR blocks (e.g. the ingress controller's pod network) whose
 *                       {@code X-Forwarded-For} is believed; from anyone else the connection's address is the client's
 */
@ConfigurationProperties("aftersales.gateway")
public record GatewayProperties(Map<String, URI> backends, CircuitBreaker circuitBreaker, List<String> trustedProxies) {

    public GatewayProperties {
        backends = backends == null ? Map.of() : Map.copyOf(backends);
        circuitBreaker = circuitBreaker == null ? new CircuitBreaker(null, null, null, null) : circuitBreaker;
        trustedProxies = trustedProxies == null ? List.of()
                : trustedProxies.stream().map(String::strip).filter(entry -> !entry.isEmpty()).toList();
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
