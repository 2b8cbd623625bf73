package com.marketplace.aftersales.gateway.ratelimit;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aftersales.gateway.rate-limits.*}: how many requests a client may make. Two buckets per request: one per
 * client address, charged before authentication (so a flood of bad tokens costs no signature checks), and one per
 * principal (the token's {@code sub}), charged after it.
 *
 * @param enabled   off only for load tests
 * @param maxKeys   how many addresses and how many principals are tracked at most (each); beyond that the least
 *                  recently seen are forgotten, so the memory stays bounded whatever a client sends
 * @param address   per client address (IPv6: per /64, the block one subscriber gets)
 * @param principal per principal, by role
 */
@ConfigurationProperties("aftersales.gateway.rate-limits")
public record RateLimitProperties(Boolean enabled, Integer maxKeys, Limit address, Principal principal) {

    public RateLimitProperties {
        enabled = enabled == null || enabled;
        maxKeys = maxKeys == null ? 100_000 : maxKeys;
        if (maxKeys < 1) {
            throw new IllegalArgumentException("aftersales.gateway.rate-limits.max-keys must be at least 1");
        }
        address = address == null ? new Limit(50.0, 100) : address;
        principal = principal == null ? new Principal(null, null) : principal;
    }

    /**
     * A token bucket: {@code burst} requests at once, refilled at {@code perSecond}.
     *
     * @param perSecond sustained requests per second (fractions allowed: 0.5 is one every two seconds)
     * @param burst     requests allowed at once after a quiet period
     */
    public record Limit(Double perSecond, Integer burst) {
        public Limit {
            if (perSecond == null || perSecond <= 0 || perSecond.isInfinite() || perSecond.isNaN()) {
                throw new IllegalArgumentException("a rate limit needs per-second > 0, got " + perSecond);
            }
            if (burst == null || burst < 1) {
                throw new IllegalArgumentException("a rate limit needs burst >= 1, got " + burst);
            }
        }

        /** After this long without requests the bucket is full again: forgetting it then changes nothing. */
        Duration fullAfter() {
            return Duration.ofNanos((long) Math.ceil(burst * 1e9 / perSecond));
        }
    }

    /**
     * @param defaultLimit for a token none of whose roles is listed
     * @param roles        role → limit; a caller with several roles gets the most generous of theirs. Role names are
     *                     matched ignoring case, dashes and underscores ({@code ops-manager} is {@code OPS_MANAGER}),
     *                     so they can be set from environment variables.
     */
    public record Principal(Limit defaultLimit, Map<String, Limit> roles) {
        public Principal {
            defaultLimit = defaultLimit == null ? new Limit(20.0, 40) : defaultLimit;
            Map<String, Limit> normalized = new LinkedHashMap<>();
            (roles == null ? defaultRoles() : roles).forEach((role, limit) -> normalized.put(normalize(role), limit));
            roles = Map.copyOf(normalized);
        }

        /** The tier for a caller with these roles: its name (for the bucket's key) and its limit. */
        Tier tierFor(Collection<String> callerRoles) {
            Tier best = null;
            for (String role : callerRoles) {
                String key = normalize(role);
                Limit limit = roles.get(key);
                if (limit != null && (best == null || limit.perSecond() > best.limit().perSecond())) {
                    best = new Tier(key, limit);
                }
            }
            return best != null ? best : new Tier("default", defaultLimit);
        }

        Stream<Limit> allLimits() {
            return Stream.concat(Stream.of(defaultLimit), roles.values().stream());
        }

        private static Map<String, Limit> defaultRoles() {
            Limit staff = new Limit(50.0, 100);
            return Map.of("CUSTOMER", new Limit(20.0, 40), "MERCHANT", staff, "WAREHOUSE", staff, "AGENT", staff,
                    "SUPERVISOR", staff, "OPS_MANAGER", staff, "FINANCE", staff, "RISK", staff);
        }

        private static String normalize(String role) {
            return role.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        }
    }

    record Tier(String name, Limit limit) {
    }
}
