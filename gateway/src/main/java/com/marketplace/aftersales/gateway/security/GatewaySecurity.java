package com.marketplace.aftersales.gateway.security;

import com.marketplace.aftersales.gateway.devtokens.DevTokenIssuer;
import com.marketplace.aftersales.platform.security.ProblemAuthenticationHandlers;
import com.marketplace.aftersales.platform.security.Roles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.server.SecurityWebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Authentication at the edge, with the platform's decoder (same keys, issuer, audience and checks as every service):
 * probes, metrics, the public report and the API description are open, the dev token issuer too where it exists
 * (local profile), every other request needs a valid token and a role that fits the path. The token is forwarded
 * unchanged: the services validate it again and check ownership. Replaces the platform's default chain, which steps aside for this one.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurity {

    @Bean
    SecurityWebFilterChain edgeSecurityChain(ServerHttpSecurity http,
                                           Converter<Jwt, Mono<AbstractAuthenticationToken>> jwtAuthenticationConverter,
                                           ObjectProvider<DevTokenIssuer> devTokens) {
        boolean devTokensIssued = devTokens.getIfAvailable() != null;
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                // The gateway's SecurityHeadersFilter writes the security headers of every answer, including those
                // that never reach this chain (rate-limited, CORS refusals) and those from the backends.
                .headers(ServerHttpSecurity.HeaderSpec::disable)
                .authorizeExchange(exchanges -> {
                    exchanges.pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                    "/actuator/prometheus").permitAll()
                            .pathMatchers("/api/v1/public/**").permitAll()
                            .pathMatchers(HttpMethod.GET, "/v3/api-docs").permitAll();
                    if (devTokensIssued) {
                        exchanges.pathMatchers(HttpMethod.POST, "/dev/tokens").permitAll();
                    }
                    AccessRules.apply(exchanges)
                            .pathMatchers("/actuator/**").hasRole(Roles.OPS_MANAGER)
                            .anyExchange().authenticated();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(jwtAuthenticationConverter))
                        .authenticationEntryPoint(ProblemAuthenticationHandlers.entryPoint())
                        .accessDeniedHandler(ProblemAuthenticationHandlers.accessDenied()))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(ProblemAuthenticationHandlers.entryPoint())
                        .accessDeniedHandler(ProblemAuthenticationHandlers.accessDenied()))
                .build();
    }
}
