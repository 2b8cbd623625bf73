package com.marketplace.aftersales.gateway.apidocs;

import com.marketplace.aftersales.gateway.GatewayProperties;
import com.marketplace.aftersales.gateway.bodylimit.BodyLimitProperties;
import com.marketplace.aftersales.gateway.devtokens.DevTokenIssuer;
import com.marketplace.aftersales.gateway.ratelimit.RateLimitProperties;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiDocsProperties.class)
class ApiDocsConfiguration {

    @Bean
    MergedApiDocs mergedApiDocs(GatewayProperties gateway, WebClient backendCalls, JsonMapper json,
                                ApiDocsProperties properties, RouteLocator routeLocator,
                                RateLimitProperties rateLimits, BodyLimitProperties bodyLimits, Clock clock,
                                ObjectProvider<DevTokenIssuer> devTokens) {
        return new MergedApiDocs(new BackendApiDocs(gateway, backendCalls, json, properties),
                new RouteTable(routeLocator, gateway), new SuiteDescription(properties, rateLimits, bodyLimits), json,
                clock, properties, devTokens.getIfAvailable() != null);
    }
}
