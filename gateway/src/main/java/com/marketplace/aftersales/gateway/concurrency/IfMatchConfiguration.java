package com.marketplace.aftersales.gateway.concurrency;

import com.marketplace.aftersales.gateway.GatewayProperties;
import com.marketplace.aftersales.gateway.errors.Problems;
import java.net.URI;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IfMatchProperties.class)
class IfMatchConfiguration {

    @Bean
    IfMatchFilter ifMatchFilter(GatewayProperties gateway, WebClient backendCalls,
                                ReactiveCircuitBreakerFactory<?, ?> circuitBreakers, IfMatchProperties properties,
                                Problems problems) {
        URI caseView = gateway.backends().get(CaseVersions.CASE_VIEW);
        if (caseView == null) {
            throw new IllegalStateException("aftersales.gateway.backends.case-view is not set");
        }
        return new IfMatchFilter(new CaseVersions(caseView, backendCalls, circuitBreakers, properties), problems,
                gateway);
    }
}
