package com.marketplace.aftersales.fulfillment.refunds;

import com.marketplace.aftersales.fulfillment.cases.PayoutKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The money metrics the dashboards query: calls to the payment provider by outcome; refunds requested, issued,
 * failed and blocked by the line's ceiling; compensation payouts requested, paid and failed; payments finance sent
 * again on another route; and the refund lead time (requested to confirmed by the provider; domain §7).
 */
@Component
class MoneyMetrics {

    static final String PAYMENT_CALLS = "aftersales.payments.calls";
    static final String REQUESTED = "aftersales.refunds.requested";
    static final String ISSUED = "aftersales.refunds.issued";
    static final String FAILED = "aftersales.refunds.failed";
    static final String BLOCKED = "aftersales.refunds.blocked";
    static final String LEAD_TIME = "aftersales.refunds.lead.time";
    static final String COMPENSATION_REQUESTED = "aftersales.compensation.requested";
    static final String COMPENSATION_PAID = "aftersales.compensation.paid";
    static final String COMPENSATION_FAILED = "aftersales.compensation.failed";
    static final String REROUTED = "aftersales.payments.rerouted";

    private final MeterRegistry registry;
    private final Counter requested;
    private final Counter issued;
    private final Counter failed;
    private final Counter blocked;
    private final Timer leadTime;
    private final Counter compensationRequested;
    private final Counter compensationPaid;
    private final Counter compensationFailed;

    MoneyMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.requested = Counter.builder(REQUESTED)
                .description("Refunds ordered (committed against the line's paid amount)")
                .register(registry);
        this.issued = Counter.builder(ISSUED)
                .description("Refunds the payment provider confirmed")
                .register(registry);
        this.failed = Counter.builder(FAILED)
                .description("Refunds the payment provider refused for good")
                .register(registry);
        this.blocked = Counter.builder(BLOCKED)
                .description("Refunds or payouts never ordered: the order line's ceiling was reached by its other cases")
                .register(registry);
        this.leadTime = Timer.builder(LEAD_TIME)
                .description("From a refund's request to the provider's confirmation")
                .publishPercentileHistogram()
                .register(registry);
        this.compensationRequested = Counter.builder(COMPENSATION_REQUESTED)
                .description("Compensation payouts ordered through the payment provider")
                .register(registry);
        this.compensationPaid = Counter.builder(COMPENSATION_PAID)
                .description("Compensation payouts the payment provider confirmed")
                .register(registry);
        this.compensationFailed = Counter.builder(COMPENSATION_FAILED)
                .description("Compensation payouts the payment provider refused for good")
                .register(registry);
    }

    /**
     * One attempt of a call to the provider.
     *
     * @param operation {@code request} (POST /refunds) or {@code lookup} (GET /refunds/{key})
     * @param outcome   succeeded, pending, declined, not_found, rejected, server_error, connection_error, timeout,
     *                  circuit_open
     */
    void call(String operation, String outcome) {
        Counter.builder(PAYMENT_CALLS)
                .description("Calls to the payment provider, by operation and outcome")
                .tag("operation", operation)
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }

    void requested(PayoutKind kind) {
        (kind == PayoutKind.REFUND ? requested : compensationRequested).increment();
    }

    void paid(PayoutKind kind, Duration sinceRequested) {
        if (kind == PayoutKind.COMPENSATION) {
            compensationPaid.increment();
            return;
        }
        issued.increment();
        leadTime.record(sinceRequested.isNegative() ? Duration.ZERO : sinceRequested);
    }

    void failed(PayoutKind kind) {
        (kind == PayoutKind.REFUND ? failed : compensationFailed).increment();
    }

    void blocked() {
        blocked.increment();
    }

    /** Finance sent a failed payment again, on this route. */
    void rerouted(PayoutKind kind, String route) {
        Counter.builder(REROUTED)
                .description("Failed refunds and compensation payouts finance sent again on another route")
                .tag("kind", kind.name().toLowerCase(Locale.ROOT))
                .tag("route", route.toLowerCase(Locale.ROOT))
                .register(registry)
                .increment();
    }
}
