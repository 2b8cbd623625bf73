package com.marketplace.aftersales.feedback.web;

import com.marketplace.aftersales.platform.security.ProblemAuthenticationHandlers;
import com.marketplace.aftersales.platform.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import reactor.core.publisher.Mono;

/**
 * The service's security: the platform's rules (every call needs a valid token, even on the service's own port;
 * probes, metrics and the API description are open; other actuator operations are for operations managers), plus
 * one public endpoint, the published monthly report. The platform's default chain steps aside as soon as a service
 * declares a chain, so its rules are restated here and a test holds both to the same behaviour.
 */
@Configuration(proxyBeanMethods = false)
class ServiceSecurity {

    /** Refused by the firewall before any rule: the problem does not echo the offending path. */
    private static final String REJECTED = "{\"type\":\"about:blank\",\"title\":\"Invalid request\",\"status\":400,"
            + "\"detail\":\"The request path or headers hold something this API never uses (an encoded slash, a"
            + " '..' segment, a control character)\"}";

    /** The only path served without a token, and only for GET. */
    static final String PUBLIC_REPORT = "/api/v1/public/reports/monthly";

    /**
     * Exactly the public report, before every other rule. No token is read here: a stale or foreign token sent along
     * (a logged-in app reading the public page) must not turn a public page into a 401.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain publicReportSecurity(ServerHttpSecurity http) {
        return http
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, PUBLIC_REPORT))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                // the endpoint sets its own Cache-Control (public, max-age): the report is the same for everyone
                .headers(headers -> headers.cache(ServerHttpSecurity.HeaderSpec.CacheSpec::disable))
                .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                .build();
    }

    /** Everything else: the platform's rules, unchanged. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityWebFilterChain tokenSecurity(ServerHttpSecurity http,
                                         Converter<Jwt, Mono<AbstractAuthenticationToken>> jwtAuthenticationConverter) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus").permitAll()
                        .pathMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll()
                        .pathMatchers("/actuator/**").hasRole(Roles.OPS_MANAGER)
                        .anyExchange().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(jwtAuthenticationConverter))
                        .authenticationEntryPoint(ProblemAuthenticationHandlers.entryPoint())
                        .accessDeniedHandler(ProblemAuthenticationHandlers.accessDenied()))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(ProblemAuthenticationHandlers.entryPoint())
                        .accessDeniedHandler(ProblemAuthenticationHandlers.accessDenied()))
                .build();
    }

    /**
     * Spring Security's firewall refuses paths such as {@code /api/v1/cases/..%2F../feedback} before routing; by
     * default with an empty 400. Here it is a problem like every other error of the API.
     */
    @Bean
    ServerExchangeRejectedHandler problemForRejectedRequests() {
        return (exchange, rejected) -> {
            ServerHttpResponse response = exchange.getResponse();
            if (response.isCommitted()) {
                return Mono.empty();
            }
            response.setStatusCode(HttpStatus.BAD_REQUEST);
            response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            return response.writeWith(Mono.just(response.bufferFactory()
                    .wrap(REJECTED.getBytes(StandardCharsets.UTF_8))));
        };
    }
}
