package com.marketplace.aftersales.gateway.ratelimit;

import com.marketplace.aftersales.gateway.EdgeOrder;
import com.marketplace.aftersales.gateway.operations.ClientAddresses;
import com.marketplace.aftersales.gateway.ratelimit.KeyedRateLimiter.Decision;
import java.net.InetAddress;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Charges every request to its client address before the token is looked at: anonymous calls, bad tokens and
 * unknown paths all count, so nobody can make the gateway check signatures (or answer 401s) without limit.
 */
class AddressRateLimitFilter implements WebFilter, Ordered {

    private final RateLimits limits;
    private final ClientAddresses addresses;

    AddressRateLimitFilter(RateLimits limits, ClientAddresses addresses) {
        this.limits = limits;
        this.addresses = addresses;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!limits.enabled()) {
            return chain.filter(exchange);
        }
        InetAddress client = addresses.of(exchange);
        if (client == null) {
            return chain.filter(exchange);
        }
        Decision decision = limits.chargeAddress(client);
        return decision.allowed() ? chain.filter(exchange)
                : limits.refuse(exchange, RateLimits.Kind.ADDRESS, decision);
    }

    @Override
    public int getOrder() {
        return EdgeOrder.ADDRESS_RATE_LIMIT;
    }
}
