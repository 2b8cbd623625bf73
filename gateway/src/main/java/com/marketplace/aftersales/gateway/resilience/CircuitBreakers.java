package com.marketplace.aftersales.gateway.resilience;

import com.marketplace.aftersales.gateway.ClientFault;
import com.marketplace.aftersales.gateway.GatewayProperties;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.time.Duration;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One circuit breaker per backend (named in the routes, one per {@code aftersales.gateway.backends} entry), from
 * {@code aftersales.gateway.circuit-breaker}. A call, for the circuit breaker, lasts until the backend's response
 * headers arrive: a live stream is one quick call, however long it then stays open. A call the gateway cut off because
 * of the client's request ({@link ClientFault}) is not counted.
 */
@Configuration(proxyBeanMethods = false)
class CircuitBreakers {

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> circuitBreakerSettings(GatewayProperties properties) {
        GatewayProperties.CircuitBreaker settings = properties.circuitBreaker();
        CircuitBreakerConfig calls = CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.slidingWindowSize())
                .minimumNumberOfCalls(settings.minimumCalls())
                .failureRateThreshold(settings.failureRateThreshold())
                .waitDurationInOpenState(settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(3)
                // A call the gateway cut off because of the client's request says nothing about the backend.
                .ignoreException(ClientFault::isCause)
                .build();
        // Time limiting is switched off (spring.cloud.circuitbreaker.resilience4j.disable-time-limiter: the response
        // timeouts bound the wait); this only keeps the factory from building its 1-second default anyway.
        TimeLimiterConfig unused = TimeLimiterConfig.custom().timeoutDuration(Duration.ofDays(1)).build();
        return factory -> {
            factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                    .circuitBreakerConfig(calls)
                    .timeLimiterConfig(unused)
                    .build());
            // Created now rather than on each backend's first call: their metrics exist from the start, and nothing
            // that looks one up early (a health check, a test) can create it with Resilience4j's defaults instead.
            properties.backends().keySet().forEach(backend ->
                    factory.getCircuitBreakerRegistry().circuitBreaker(backend, calls));
        };
    }
}
