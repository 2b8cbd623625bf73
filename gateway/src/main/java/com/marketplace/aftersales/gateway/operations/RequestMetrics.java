package com.marketplace.aftersales.gateway.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code aftersales.gateway.requests{route, status_class}}: every answer of the gateway, routed or not, timed to the
 * moment its status and headers leave (a live stream counts as opened, not for as long as it stays open). Spring
 * Cloud Gateway's own {@code spring.cloud.gateway.requests} only sees requests that reached a route, so it misses
 * exactly the refusals an edge is there for (401, 403, 404, 413, 429); this one sees them, with {@code route=none}.
 */
public class RequestMetrics {

    public static final String METRIC = "aftersales.gateway.requests";
    public static final String NOT_ROUTED = "none";

    private final MeterRegistry meters;

    RequestMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void record(String route, int status, Duration duration) {
        Timer.builder(METRIC)
                .tag("route", route)
                .tag("status_class", status / 100 + "xx")
                .description("Answers of the gateway by route (none: not routed) and status class")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(5))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(meters)
                .record(duration);
    }

    static String routeOf(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return route == null ? NOT_ROUTED : route.getId();
    }
}
