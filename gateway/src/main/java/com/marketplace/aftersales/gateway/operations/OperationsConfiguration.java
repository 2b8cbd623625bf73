package com.marketplace.aftersales.gateway.operations;

import com.marketplace.aftersales.gateway.errors.Problems;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The edge's operational filters: access log and request metrics, security headers, CORS. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({OperationsProperties.Cors.class, OperationsProperties.SecurityHeaders.class})
class OperationsConfiguration {

    @Bean
    RequestMetrics requestMetrics(MeterRegistry meters) {
        return new RequestMetrics(meters);
    }

    @Bean
    AccessLogFilter accessLogFilter(ClientAddresses addresses, RequestMetrics metrics) {
        return new AccessLogFilter(addresses, metrics);
    }

    @Bean
    SecurityHeadersFilter securityHeadersFilter(OperationsProperties.SecurityHeaders properties) {
        return new SecurityHeadersFilter(properties);
    }

    @Bean
    CorsFilter corsFilter(OperationsProperties.Cors properties, Problems problems) {
        return new CorsFilter(properties, problems);
    }
}
