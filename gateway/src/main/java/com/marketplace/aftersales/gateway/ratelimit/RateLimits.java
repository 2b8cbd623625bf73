package com.marketplace.aftersales.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Ticker;
import com.marketplace.aftersales.gateway.errors.Problems;
import com.marketplace.aftersales.gateway.ratelimit.KeyedRateLimiter.Decision;
import com.marketplace.aftersales.platform.web.ApiProblem;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The two kinds of bucket and what a refused request is told: {@code 429} problem+json with {@code Retry-After} in
 * whole seconds (at least 1), counted as {@code aftersales.gateway.rate.limited{kind}}.
 */
public class RateLimits {

    public static final String LIMITED_METRIC = "aftersales.gateway.rate.limited";
    public static final String KEYS_METRIC = "aftersales.gateway.rate.keys";

    enum Kind { ADDRESS, PRINCIPAL }

    private final RateLimitProperties properties;
    private final KeyedRateLimiter byAddress;
    private final KeyedRateLimiter byPrincipal;
    private final Map<Kind, Counter> refused = new EnumMap<>(Kind.class);
    private final Problems problems;

    RateLimits(RateLimitProperties properties, Ticker ticker, MeterRegistry meters, Problems problems) {
        this.properties = properties;
        this.problems = problems;
        this.byAddress = new KeyedRateLimiter(properties.maxKeys(), properties.address().fullAfter(), ticker);
        Duration principalIdle = properties.principal().allLimits().map(RateLimitProperties.Limit::fullAfter)
                .max(Comparator.naturalOrder()).orElseThrow();
        this.byPrincipal = new KeyedRateLimiter(properties.maxKeys(), principalIdle, ticker);
        for (Kind kind : Kind.values()) {
            String tag = kind.name().toLowerCase();
            refused.put(kind, Counter.builder(LIMITED_METRIC).tag("kind", tag)
                    .description("Requests refused with 429 by the gateway's rate limits")
                    .register(meters));
            KeyedRateLimiter limiter = kind == Kind.ADDRESS ? byAddress : byPrincipal;
            Gauge.builder(KEYS_METRIC, limiter, KeyedRateLimiter::trackedKeys).tag("kind", tag)
                    .description("Rate-limit buckets held (bounded by aftersales.gateway.rate-limits.max-keys)")
                    .register(meters);
        }
    }

    boolean enabled() {
        return properties.enabled();
    }

    Decision chargeAddress(InetAddress client) {
        return byAddress.charge(addressKey(client), properties.address());
    }

    Decision chargePrincipal(String subject, Collection<String> roles) {
        RateLimitProperties.Tier tier = properties.principal().tierFor(roles);
        // The tier is part of the key: a subject whose roles change starts a bucket of its new size.
        return byPrincipal.charge(tier.name() + ":" + subject, tier.limit());
    }

    Mono<Void> refuse(ServerWebExchange exchange, Kind kind, Decision decision) {
        refused.get(kind).increment();
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(decision.retryAfterSeconds()));
        String who = kind == Kind.ADDRESS ? "your network address" : "your account";
        return problems.write(exchange.getResponse(), new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
                "Too many requests from " + who + "; try again in " + decision.retryAfterSeconds() + " s.",
                Map.of("retryAfterSeconds", decision.retryAfterSeconds())));
    }

    /**
     * IPv4: the address. IPv6: its /64, the block a single subscriber is given: counting per address there would let
     * one phone use as many buckets as it likes.
     */
    static String addressKey(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] bytes = address.getAddress();
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF))).append(':');
            }
            return prefix.append(":/64").toString();
        }
        return address.getHostAddress();
    }
}
