package com.marketplace.aftersales.platform.security;

import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The chain for a service's public paths ({@code aftersales.security.public-paths}, GET only): served to anyone,
 * and a token sent along is not even read — a stale token in a logged-in app must not turn a public page into a 401.
 * A type of its own so the platform's default chain still applies to everything else.
 */
public final class PublicPathsSecurityChain implements SecurityWebFilterChain {

    private final SecurityWebFilterChain delegate;

    PublicPathsSecurityChain(SecurityWebFilterChain delegate) {
        this.delegate = delegate;
    }

    @Override
    public Mono<Boolean> matches(ServerWebExchange exchange) {
        return delegate.matches(exchange);
    }

    @Override
    public Flux<WebFilter> getWebFilters() {
        return delegate.getWebFilters();
    }
}
