package com.marketplace.aftersales.platform.security;

import com.marketplace.aftersales.platform.web.ApiProblem;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

/**
 * The authenticated caller of a request, from the token's claims. Services use it for object-level authorization:
 * a customer only their cases, a merchant only cases of its orders, a warehouse only returns addressed to it.
 */
public record Caller(String id, Set<String> roles, String merchantId, String warehouseId) {

    private static final Set<String> STAFF = Set.of(Roles.AGENT, Roles.SUPERVISOR, Roles.OPS_MANAGER, Roles.FINANCE,
            Roles.RISK);

    public static Caller of(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        return new Caller(jwt.getSubject(), roles == null ? Set.of() : Set.copyOf(roles),
                jwt.getClaimAsString("merchant_id"), jwt.getClaimAsString("warehouse_id"));
    }

    /** The caller of the current request; empty outside an authenticated request. */
    public static Mono<Caller> current() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication())
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(auth -> of(((JwtAuthenticationToken) auth).getToken()));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The caller has one of the roles, or the request is refused with {@code 403}. */
    public Caller requireAnyRole(String... roles) {
        for (String role : roles) {
            if (hasRole(role)) {
                return this;
            }
        }
        throw ApiProblem.forbidden("This needs one of the roles " + String.join(", ", roles));
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(STAFF::contains);
    }
}
