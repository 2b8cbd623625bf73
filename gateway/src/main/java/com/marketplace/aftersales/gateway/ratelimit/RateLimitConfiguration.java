package com.marketplace.aftersales.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Ticker;
import com.marketplace.aftersales.gateway.errors.Problems;
import com.marketplace.aftersales.gateway.operations.ClientAddresses;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rate limits and the time they count in (a ticker of its own, so tests can move it). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

    @Bean
    Ticker rateLimitTicker() {
        return Ticker.systemTicker();
    }

    @Bean
    RateLimits rateLimits(RateLimitProperties properties, Ticker rateLimitTicker, MeterRegistry meters,
                          Problems problems) {
        return new RateLimits(properties, rateLimitTicker, meters, problems);
    }

    @Bean
    AddressRateLimitFilter addressRateLimitFilter(RateLimits limits, ClientAddresses addresses) {
        return new AddressRateLimitFilter(limits, addresses);
    }

    @Bean
    PrincipalRateLimitFilter principalRateLimitFilter(RateLimits limits) {
        return new PrincipalRateLimitFilter(limits);
    }
}
