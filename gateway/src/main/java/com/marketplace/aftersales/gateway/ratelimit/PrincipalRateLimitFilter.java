package com.marketplace.aftersales.gateway.ratelimit;

import com.marketplace.aftersales.gateway.CallerIdentity;
import com.marketplace.aftersales.gateway.EdgeOrder;
import com.marketplace.aftersales.gateway.ratelimit.KeyedRateLimiter.Decision;
import java.util.List;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The first step after authentication: remembers who called (subject and roles, for the access log) and charges the
 * request to that principal's bucket, sized by role. A live stream is one request: only its opening is charged,
 * never the events that follow. Anonymous requests (public report, API description) were charged by address only.
 */
class PrincipalRateLimitFilter implements WebFilter, Ordered {

    private final RateLimits limits;

    PrincipalRateLimitFilter(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(authentication -> Optional.of(identity(((JwtAuthenticationToken) authentication).getToken())))
                // Not "switchIfEmpty(chain)": the chain itself completes empty and would run a second time.
                .defaultIfEmpty(Optional.empty())
                .flatMap(caller -> caller.isEmpty() ? chain.filter(exchange) : charge(caller.get(), exchange, chain));
    }

    private Mono<Void> charge(CallerIdentity caller, ServerWebExchange exchange, WebFilterChain chain) {
        caller.rememberOn(exchange);
        if (!limits.enabled()) {
            return chain.filter(exchange);
        }
        Decision decision = limits.chargePrincipal(caller.subject(), caller.roles());
        return decision.allowed() ? chain.filter(exchange)
                : limits.refuse(exchange, RateLimits.Kind.PRINCIPAL, decision);
    }

    private static CallerIdentity identity(Jwt token) {
        List<String> roles = token.getClaimAsStringList("roles");
        return new CallerIdentity(token.getSubject(), roles);
    }

    @Override
    public int getOrder() {
        return EdgeOrder.PRINCIPAL_RATE_LIMIT;
    }
}
