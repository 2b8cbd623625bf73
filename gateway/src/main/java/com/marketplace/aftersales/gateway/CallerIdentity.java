package com.marketplace.aftersales.gateway;

import java.util.List;
import org.springframework.web.server.ServerWebExchange;

/**
 * Who an authenticated request came from, kept on the exchange once the token is validated, for the filters that run
 * around the authentication (the access log): the token's subject and roles, never the token.
 */
public record CallerIdentity(String subject, List<String> roles) {

    private static final String ATTRIBUTE = CallerIdentity.class.getName();

    public CallerIdentity {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public void rememberOn(ServerWebExchange exchange) {
        exchange.getAttributes().put(ATTRIBUTE, this);
    }

    /** The caller of the exchange, or {@code null} when it was not (or not yet) authenticated. */
    public static CallerIdentity of(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE);
    }
}
