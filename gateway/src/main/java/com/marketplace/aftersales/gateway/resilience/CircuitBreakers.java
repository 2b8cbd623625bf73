package com.marketplace.aftersales.gateway.resilience;

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
 * One circuit breaker per backend (named in the routes), from {@code aftersales.gateway.circuit-breaker}. A call, for
 * the circuit breaker, lasts until the backend's response headers arrive: a live stream is one quick call, however
 * long it then stays open.
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
                .build();
        // Time limiting is switched off (spring.cloud.circuitbreaker.resilience4j.disable-time-limiter: the response
        // timeouts bound the wait); this only keeps the factory from building its 1-second default anyway.
        TimeLimiterConfig unused = TimeLimiterConfig.custom().timeoutDuration(Duration.ofDays(1)).build();
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .circuitBreakerConfig(calls)
                .timeLimiterConfig(unused)
                .build());
    }
}
