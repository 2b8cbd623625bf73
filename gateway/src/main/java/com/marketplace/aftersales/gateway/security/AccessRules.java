package com.marketplace.aftersales.gateway.security;

import com.marketplace.aftersales.platform.security.Roles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;

/**
 * The coarse role check by path, before anything reaches a backend. Which case, order or return a caller may touch
 * is decided by the owning service (another's case is 404 there); this only keeps roles out of areas that are not
 * theirs (403 here).
 */
final class AccessRules {

    /** Staff consoles (contracts §1 "Staff"); the same roles the services treat as staff. */
    static final String[] STAFF = {Roles.AGENT, Roles.SUPERVISOR, Roles.OPS_MANAGER, Roles.FINANCE, Roles.RISK};

    private AccessRules() {
    }

    static AuthorizeExchangeSpec apply(AuthorizeExchangeSpec exchanges) {
        return exchanges
                // Contracts §1: the merchant's (or its warehouse's) confirmation of receipt.
                .pathMatchers(HttpMethod.POST, "/api/v1/warehouse/cases/*/receipt")
                .hasAnyRole(Roles.WAREHOUSE, Roles.MERCHANT)
                .pathMatchers("/api/v1/agent/**").hasAnyRole(STAFF)
                .pathMatchers("/api/v1/merchant/**").hasRole(Roles.MERCHANT)
                .pathMatchers("/api/v1/warehouse/**").hasRole(Roles.WAREHOUSE)
                .pathMatchers("/api/v1/risk/**").hasRole(Roles.RISK)
                .pathMatchers("/api/v1/finance/**").hasRole(Roles.FINANCE)
                .pathMatchers("/api/v1/ops/**").hasAnyRole(Roles.SUPERVISOR, Roles.OPS_MANAGER)
                // One case, its conversation and its live stream: whoever may see the case (the customer, the merchant
                // of the order, the warehouse of the return, staff); case-view decides per case.
                .pathMatchers(HttpMethod.GET, "/api/v1/cases/*", "/api/v1/cases/*/messages", "/api/v1/cases/*/stream")
                .authenticated()
                .pathMatchers("/api/v1/cases", "/api/v1/cases/**").hasRole(Roles.CUSTOMER);
    }
}
