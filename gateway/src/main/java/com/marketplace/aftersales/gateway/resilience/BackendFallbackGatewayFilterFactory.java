package com.marketplace.aftersales.gateway.resilience;

import com.marketplace.aftersales.gateway.ClientFault;
import com.marketplace.aftersales.gateway.errors.Problems;
import java.util.List;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The routes' fallback ({@code - BackendFallback=<backend>}, listed before the backend's {@code CircuitBreaker}):
 * whatever the circuit breaker lets through (refused connection, open circuit, timeout) becomes the problem
 * {@link BackendFailures} describes. A filter rather than the circuit breaker's {@code fallbackUri: forward:…},
 * because a forward fallback makes the gateway keep every request body in memory to be able to replay it, evidence
 * uploads included.
 */
@Component
class BackendFallbackGatewayFilterFactory extends AbstractGatewayFilterFactory<BackendFallbackGatewayFilterFactory.Config> {

    private final BackendFailures failures;
    private final Problems problems;

    BackendFallbackGatewayFilterFactory(BackendFailures failures, Problems problems) {
        super(Config.class);
        this.failures = failures;
        this.problems = problems;
    }

    @Override
    public List<String> shortcutFieldOrder() {
        return List.of("backend");
    }

    @Override
    public GatewayFilter apply(Config config) {
        return (exchange, chain) -> chain.filter(exchange).onErrorResume(failure -> {
            if (exchange.getResponse().isCommitted()) {
                // A stream that broke half-way: the status is long gone, nothing can be answered any more.
                return Mono.error(failure);
            }
            if (ClientFault.isCause(failure)) {
                // The client's request was cut off (a body over the limit): answered with the client's 4xx outside.
                return Mono.error(failure);
            }
            return problems.write(exchange.getResponse(), failures.answer(exchange, config.getBackend(), failure));
        });
    }

    public static class Config {

        private String backend;

        public String getBackend() {
            return backend;
        }

        public void setBackend(String backend) {
            this.backend = backend;
        }
    }
}
