package com.marketplace.aftersales.diagnosis.web;

import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import reactor.core.publisher.Mono;

/**
 * Spring Security's firewall refuses a URL with an encoded slash, a {@code ..} segment or a control character before
 * anything else runs; by default with an empty 400. Every error of the API is problem+json, so this one is too. The
 * rejected URL is not echoed back: it is attacker-controlled.
 */
@Configuration(proxyBeanMethods = false)
class FirewallRejections {

    static final String PROBLEM = "{\"type\":\"https://aftersales.example/problems/invalid-request\","
            + "\"title\":\"Invalid request\",\"status\":400,"
            + "\"detail\":\"The request URL was rejected: it contains an encoded slash, a dot segment or another"
            + " sequence no path of this API has\"}";

    @Bean
    static BeanPostProcessor problemJsonFirewallRejections() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof WebFilterChainProxy proxy) {
                    proxy.setExchangeRejectedHandler(asProblem());
                }
                return bean;
            }
        };
    }

    private static ServerExchangeRejectedHandler asProblem() {
        return (exchange, rejected) -> Mono.defer(() -> {
            var response = exchange.getResponse();
            response.setStatusCode(HttpStatus.BAD_REQUEST);
            response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            DataBuffer body = response.bufferFactory().wrap(PROBLEM.getBytes(StandardCharsets.UTF_8));
            return response.writeWith(Mono.just(body));
        });
    }
}
