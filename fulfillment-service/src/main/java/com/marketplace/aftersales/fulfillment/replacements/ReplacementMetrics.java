package com.marketplace.aftersales.fulfillment.replacements;

import com.marketplace.aftersales.contracts.fulfillment.ReplacementKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The replacement metrics the dashboards query: calls to the carriers' tracking by outcome, replacements shipped and
 * delivered by kind, and how long a replacement took from its shipment to the delivery the tracker saw.
 */
@Component
class ReplacementMetrics {

    static final String CARRIER_CALLS = "aftersales.carriers.calls";
    static final String SHIPPED = "aftersales.replacements.shipped";
    static final String DELIVERED = "aftersales.replacements.delivered";
    static final String DELIVERY_TIME = "aftersales.replacements.delivery.time";

    private final MeterRegistry registry;
    private final Timer deliveryTime;

    ReplacementMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.deliveryTime = Timer.builder(DELIVERY_TIME)
                .description("From a replacement's shipment to the delivery the tracker saw")
                .publishPercentileHistogram()
                .register(registry);
    }

    /**
     * One attempt of a look at a shipment's tracking.
     *
     * @param outcome delivered, in_transit, not_found, server_error, connection_error, timeout, circuit_open
     */
    void call(String outcome) {
        Counter.builder(CARRIER_CALLS)
                .description("Calls to the carriers' tracking API, by outcome")
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }

    void shipped(ReplacementKind kind) {
        counter(SHIPPED, "Replacements (exchanges, reships) the merchant shipped", kind).increment();
    }

    void delivered(ReplacementKind kind, Duration sinceShipped) {
        counter(DELIVERED, "Replacements the carrier reported delivered", kind).increment();
        deliveryTime.record(sinceShipped.isNegative() ? Duration.ZERO : sinceShipped);
    }

    private Counter counter(String name, String description, ReplacementKind kind) {
        return Counter.builder(name).description(description)
                .tag("kind", kind.name().toLowerCase(Locale.ROOT))
                .register(registry);
    }
}
