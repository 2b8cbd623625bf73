package com.marketplace.aftersales.simulators;

import com.marketplace.aftersales.simulators.payment.RefundRoute;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How a simulator misbehaves: the knobs that let a test or a developer prove timeouts, retries, circuit breakers and
 * reconciliation by idempotency key. Immutable; a simulator swaps the whole value ({@code PUT /sim/behaviour}).
 * Knobs that do not apply to a simulator are ignored by it (the carrier has no refund routes).
 *
 * @param latencyMillis         fixed delay before every business response
 * @param jitterMillis          up to this much extra delay, uniformly random
 * @param failureRate           probability that a call answers 503 and changes nothing
 * @param failNextCalls         the next N business calls answer 503 and change nothing (deterministic tests)
 * @param hangRate              probability that a call changes nothing and answers 503 only after {@code hangMillis}
 *                              (a provider that is stuck: the client times out)
 * @param recordThenTimeoutRate probability that a call IS processed (a refund is paid) but its answer is delayed by
 *                              {@code hangMillis}: the client times out without knowing the refund exists, which is
 *                              exactly what reconciliation by idempotency key must cope with
 * @param hangMillis            how late a hanging answer comes
 * @param pendingMillis         if &gt; 0, a new refund is {@code PENDING} for this long before it settles
 * @param declineRoutes         refund routes whose refunds end {@code FAILED} (e.g. the original card is closed)
 * @param deliveryAfterMillis   how long after its first query a shipment shows {@code DELIVERED}
 */
public record SimulatorBehaviour(
        long latencyMillis,
        long jitterMillis,
        double failureRate,
        int failNextCalls,
        double hangRate,
        double recordThenTimeoutRate,
        long hangMillis,
        long pendingMillis,
        Set<RefundRoute> declineRoutes,
        long deliveryAfterMillis) {

    public static final String PAYMENTS_ENV_PREFIX = "AFTERSALES_PAYMENTS_SIM";
    public static final String CARRIERS_ENV_PREFIX = "AFTERSALES_CARRIERS_SIM";

    private static final SimulatorBehaviour DEFAULTS =
            new SimulatorBehaviour(20, 0, 0.0, 0, 0.0, 0.0, 30_000, 0, Set.of(), 60_000);

    public SimulatorBehaviour {
        requireNotNegative("latencyMillis", latencyMillis);
        requireNotNegative("jitterMillis", jitterMillis);
        requireProbability("failureRate", failureRate);
        requireNotNegative("failNextCalls", failNextCalls);
        requireProbability("hangRate", hangRate);
        requireProbability("recordThenTimeoutRate", recordThenTimeoutRate);
        requireNotNegative("hangMillis", hangMillis);
        requireNotNegative("pendingMillis", pendingMillis);
        requireNotNegative("deliveryAfterMillis", deliveryAfterMillis);
        declineRoutes = declineRoutes == null || declineRoutes.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(declineRoutes));
    }

    /** 20 ms latency, no failures, refunds settle at once, parcels are delivered a minute after their first query. */
    public static SimulatorBehaviour defaults() {
        return DEFAULTS;
    }

    /** Reads {@code <prefix>_LATENCY_MS} and friends from the process environment; unset ones keep their default. */
    public static SimulatorBehaviour fromEnvironment(String prefix) {
        return fromEnvironment(prefix, System.getenv());
    }

    /**
     * Variables: {@code _LATENCY_MS}, {@code _JITTER_MS}, {@code _FAILURE_RATE}, {@code _FAIL_NEXT_CALLS},
     * {@code _HANG_RATE}, {@code _RECORD_THEN_TIMEOUT_RATE}, {@code _HANG_MS}, {@code _PENDING_MS},
     * {@code _DECLINE_ROUTES} (comma separated), {@code _DELIVERY_AFTER_MS}, each after {@code prefix}.
     *
     * @throws IllegalArgumentException naming the variable whose value is not usable
     */
    public static SimulatorBehaviour fromEnvironment(String prefix, Map<String, String> env) {
        EnvReader read = new EnvReader(prefix, env);
        try {
            return readFrom(read);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().startsWith(prefix) ? e.getMessage()
                    : prefix + "_*: " + e.getMessage(), e);
        }
    }

    private static SimulatorBehaviour readFrom(EnvReader read) {
        return new SimulatorBehaviour(
                read.value("LATENCY_MS", Long::parseLong, DEFAULTS.latencyMillis),
                read.value("JITTER_MS", Long::parseLong, DEFAULTS.jitterMillis),
                read.value("FAILURE_RATE", Double::parseDouble, DEFAULTS.failureRate),
                read.value("FAIL_NEXT_CALLS", Integer::parseInt, DEFAULTS.failNextCalls),
                read.value("HANG_RATE", Double::parseDouble, DEFAULTS.hangRate),
                read.value("RECORD_THEN_TIMEOUT_RATE", Double::parseDouble, DEFAULTS.recordThenTimeoutRate),
                read.value("HANG_MS", Long::parseLong, DEFAULTS.hangMillis),
                read.value("PENDING_MS", Long::parseLong, DEFAULTS.pendingMillis),
                read.value("DECLINE_ROUTES", SimulatorBehaviour::parseRoutes, DEFAULTS.declineRoutes),
                read.value("DELIVERY_AFTER_MS", Long::parseLong, DEFAULTS.deliveryAfterMillis));
    }

    public SimulatorBehaviour withLatency(long fixedMillis, long jitter) {
        return new SimulatorBehaviour(fixedMillis, jitter, failureRate, failNextCalls, hangRate, recordThenTimeoutRate,
                hangMillis, pendingMillis, declineRoutes, deliveryAfterMillis);
    }

    public SimulatorBehaviour withFailureRate(double rate) {
        return new SimulatorBehaviour(latencyMillis, jitterMillis, rate, failNextCalls, hangRate,
                recordThenTimeoutRate, hangMillis, pendingMillis, declineRoutes, deliveryAfterMillis);
    }

    public SimulatorBehaviour withFailNextCalls(int calls) {
        return new SimulatorBehaviour(latencyMillis, jitterMillis, failureRate, calls, hangRate,
                recordThenTimeoutRate, hangMillis, pendingMillis, declineRoutes, deliveryAfterMillis);
    }

    public SimulatorBehaviour withHang(double rate, double recordThenTimeout, long millis) {
        return new SimulatorBehaviour(latencyMillis, jitterMillis, failureRate, failNextCalls, rate,
                recordThenTimeout, millis, pendingMillis, declineRoutes, deliveryAfterMillis);
    }

    public SimulatorBehaviour withPendingMillis(long millis) {
        return new SimulatorBehaviour(latencyMillis, jitterMillis, failureRate, failNextCalls, hangRate,
                recordThenTimeoutRate, hangMillis, millis, declineRoutes, deliveryAfterMillis);
    }

    public SimulatorBehaviour withDeclineRoutes(Set<RefundRoute> routes) {
        return new SimulatorBehaviour(latencyMillis, jitterMillis, failureRate, failNextCalls, hangRate,
                recordThenTimeoutRate, hangMillis, pendingMillis, routes, deliveryAfterMillis);
    }

    public SimulatorBehaviour withDeliveryAfterMillis(long millis) {
        return new SimulatorBehaviour(latencyMillis, jitterMillis, failureRate, failNextCalls, hangRate,
                recordThenTimeoutRate, hangMillis, pendingMillis, declineRoutes, millis);
    }

    private static Set<RefundRoute> parseRoutes(String value) {
        return Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(s -> RefundRoute.valueOf(s.toUpperCase(Locale.ROOT)))
                .collect(Collectors.toSet());
    }

    private static void requireNotNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
    }

    private static void requireProbability(String name, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, was " + value);
        }
    }

    private record EnvReader(String prefix, Map<String, String> env) {

        <T> T value(String suffix, Function<String, T> parser, T fallback) {
            String name = prefix + "_" + suffix;
            String raw = env.get(name);
            if (raw == null || raw.isBlank()) {
                return fallback;
            }
            try {
                return parser.apply(raw.trim());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(name + "=" + raw + " is not usable: " + e.getMessage(), e);
            }
        }
    }
}
