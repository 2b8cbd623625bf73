package com.marketplace.aftersales.fulfillment;

import com.marketplace.aftersales.contracts.fulfillment.RefundRoute;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every deadline, address and timing of fulfillment ({@code aftersales.fulfillment.*}). Each has a default for the
 * local run; application.yml maps the ones operations change most to environment variables. The resilience of the
 * payment provider's and the carriers' calls (time limit, retries, circuit breaker) is under {@code resilience4j.*},
 * instances {@code payments} and {@code carriers}.
 */
@ConfigurationProperties("aftersales.fulfillment")
public record FulfillmentProperties(Returns returns, Execution execution, Payments payments, RefundWorker refundWorker,
                                    Carriers carriers, Tracking tracking, Faults faults) {

    public FulfillmentProperties {
        returns = returns == null ? new Returns(null, null) : returns;
        execution = execution == null ? new Execution(null, null, null) : execution;
        payments = payments == null ? new Payments(null, null, null) : payments;
        refundWorker = refundWorker == null ? new RefundWorker(null, null, null, null, null, null) : refundWorker;
        carriers = carriers == null ? new Carriers(null, null) : carriers;
        tracking = tracking == null ? new Tracking(null, null, null) : tracking;
        faults = faults == null ? new Faults(null) : faults;
    }

    /**
     * @param window    how long the customer has to ship a return once it is authorized (domain §3: 7 days); the
     *                  execution order of a return is due then
     * @param addresses where each warehouse receives returns, by warehouse id
     */
    public record Returns(Duration window, Map<String, String> addresses) {
        public Returns {
            window = window == null ? Duration.ofDays(7) : window;
            addresses = addresses == null ? Map.of() : Map.copyOf(addresses);
        }
    }

    /**
     * @param refundWindow  money without a return (a refund, a compensation payout) is due this long after the remedy
     *                      was decided (domain §5: 24 h)
     * @param reshipWindow  the merchant ships a reship (no return) within this long of the decision (domain §5:
     *                      3 business days; the sla-monitor keeps the business-day clock, this is the order's due date)
     * @param financeOwner  who owns execution orders of the finance department
     */
    public record Execution(Duration refundWindow, Duration reshipWindow, String financeOwner) {
        public Execution {
            refundWindow = refundWindow == null ? Duration.ofHours(24) : refundWindow;
            reshipWindow = reshipWindow == null ? Duration.ofDays(3) : reshipWindow;
            financeOwner = financeOwner == null || financeOwner.isBlank() ? "finance" : financeOwner;
        }
    }

    /**
     * @param baseUrl           the payment provider's refund API (the simulator locally)
     * @param connectTimeout    how long opening a connection to it may take; each whole call is bounded by the
     *                          {@code payments} time limiter
     * @param compensationRoute where compensation is paid (domain §3: original account, balance or coupon)
     */
    public record Payments(URI baseUrl, Duration connectTimeout, RefundRoute compensationRoute) {
        public Payments {
            baseUrl = baseUrl == null ? URI.create("http://localhost:8091") : baseUrl;
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(1) : connectTimeout;
            compensationRoute = compensationRoute == null ? RefundRoute.BALANCE : compensationRoute;
            if (compensationRoute == RefundRoute.UNKNOWN) {
                throw new IllegalArgumentException(
                        "aftersales.fulfillment.payments.compensation-route must be ORIGINAL, BALANCE or COUPON");
            }
        }
    }

    /**
     * @param baseUrl        the carriers' tracking API, {@code GET {baseUrl}/tracking/{carrier}/{waybillNo}} (the
     *                       simulator locally)
     * @param connectTimeout how long opening a connection to it may take; each whole call is bounded by the
     *                       {@code carriers} time limiter
     */
    public record Carriers(URI baseUrl, Duration connectTimeout) {
        public Carriers {
            baseUrl = baseUrl == null ? URI.create("http://localhost:8092") : baseUrl;
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(1) : connectTimeout;
        }
    }

    /**
     * The delivery tracker of replacements (exchanges, reships).
     *
     * @param pollInterval how long after one look at a shipment's tracking the carrier is asked again (also after
     *                     the carrier could not answer); a new shipment is looked at at once
     * @param lease        how long a claimed shipment is reserved for one tracker; must outlast a whole carrier call
     *                     with its retries (checked at start)
     * @param batchSize    shipments claimed per round, looked up concurrently
     */
    public record Tracking(Duration pollInterval, Duration lease, Integer batchSize) {
        public Tracking {
            pollInterval = pollInterval == null ? Duration.ofMinutes(10) : pollInterval;
            lease = lease == null ? Duration.ofSeconds(60) : lease;
            batchSize = batchSize == null ? 16 : batchSize;
            if (batchSize < 1) {
                throw new IllegalArgumentException("aftersales.fulfillment.tracking.batch-size must be at least 1");
            }
            if (pollInterval.isNegative() || pollInterval.isZero()) {
                throw new IllegalArgumentException("aftersales.fulfillment.tracking.poll-interval must be positive");
            }
        }
    }

    /**
     * @param pollInterval   safety-net wake-up of the payment worker; it is woken at once when a refund is requested
     *                       and when the next retry or recheck falls due
     * @param lease          how long a claimed refund is reserved for one worker; must outlast a whole provider call
     *                       with its retries (checked at start)
     * @param batchSize      refunds claimed per round, paid concurrently
     * @param initialBackoff wait before paying again after the provider was unreachable; doubles per attempt
     * @param maxBackoff     longest wait between attempts (also used after the provider refused an instruction)
     * @param pendingRecheck how long after a PENDING answer the refund is looked up again by its idempotency key
     */
    public record RefundWorker(Duration pollInterval, Duration lease, Integer batchSize, Duration initialBackoff,
                               Duration maxBackoff, Duration pendingRecheck) {
        public RefundWorker {
            pollInterval = pollInterval == null ? Duration.ofSeconds(30) : pollInterval;
            lease = lease == null ? Duration.ofSeconds(60) : lease;
            batchSize = batchSize == null ? 8 : batchSize;
            initialBackoff = initialBackoff == null ? Duration.ofSeconds(1) : initialBackoff;
            maxBackoff = maxBackoff == null ? Duration.ofMinutes(5) : maxBackoff;
            pendingRecheck = pendingRecheck == null ? Duration.ofMinutes(1) : pendingRecheck;
            if (batchSize < 1) {
                throw new IllegalArgumentException("aftersales.fulfillment.refund-worker.batch-size must be at least 1");
            }
        }
    }

    /**
     * Test-only fault injection; empty in every real environment.
     *
     * @param haltAfterPaymentCallMarker a file path; see {@code refunds.PaymentCallCrashHook}
     */
    public record Faults(String haltAfterPaymentCallMarker) {
        public Faults {
            haltAfterPaymentCallMarker = haltAfterPaymentCallMarker == null ? "" : haltAfterPaymentCallMarker.trim();
        }
    }

    /** The return address of a warehouse, if one is configured. */
    public Optional<String> returnAddress(String warehouseId) {
        return Optional.ofNullable(warehouseId).map(returns.addresses()::get).filter(a -> !a.isBlank());
    }
}
