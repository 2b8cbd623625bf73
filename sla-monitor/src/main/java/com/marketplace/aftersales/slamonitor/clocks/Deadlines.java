package com.marketplace.aftersales.slamonitor.clocks;

import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.slamonitor.SlaProperties;
import com.marketplace.aftersales.slamonitor.policies.ClockPolicies;
import com.marketplace.aftersales.slamonitor.policies.ClockPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * When a clock warns and falls due. The one place that turns a policy's limit into instants: business calendars go
 * here (the real due time is computed on the calendar first), and the test time scale is applied to the result,
 * {@code start + scale × (due − start)}, the warning point the same way (contracts §4).
 */
public final class Deadlines {

    private final Map<SlaPolicy, Duration> limits;
    private final double timeScale;
    private final double warningFraction;

    private Deadlines(Map<SlaPolicy, Duration> limits, double timeScale, double warningFraction) {
        this.limits = limits;
        this.timeScale = timeScale;
        this.warningFraction = warningFraction;
    }

    /**
     * @throws IllegalArgumentException for a configured policy id the monitor does not run (a typo would otherwise
     *                                  silently leave the default in force) or a limit that is not positive
     */
    public static Deadlines of(ClockPolicies policies, SlaProperties properties) {
        Set<String> known = policies.all().stream().map(p -> p.id().id()).collect(Collectors.toCollection(TreeSet::new));
        for (String configured : properties.policies().keySet()) {
            if (!known.contains(configured)) {
                throw new IllegalArgumentException("aftersales.sla.policies." + configured
                        + ": the monitor runs no such policy; it runs " + known);
            }
        }
        Map<SlaPolicy, Duration> limits = new EnumMap<>(SlaPolicy.class);
        for (ClockPolicy policy : policies.all()) {
            SlaProperties.PolicySettings settings = properties.policies().get(policy.id().id());
            Duration limit = settings == null || settings.limit() == null ? policy.defaultLimit() : settings.limit();
            if (limit.isZero() || limit.isNegative()) {
                throw new IllegalArgumentException(
                        "aftersales.sla.policies." + policy.id().id() + ".limit must be positive, was " + limit);
            }
            limits.put(policy.id(), limit);
        }
        return new Deadlines(limits, properties.timeScale(), properties.warningFraction());
    }

    /** The configured limit on the real calendar, before time scaling. */
    public Duration limitOf(SlaPolicy policy) {
        Duration limit = limits.get(policy);
        if (limit == null) {
            throw new IllegalArgumentException("No limit for " + policy);
        }
        return limit;
    }

    public ClockTimes timesFrom(ClockPolicy policy, Instant start) {
        Duration limit = limitOf(policy.id());
        // Wall-clock limits: the real due time is start + limit. A business-day policy computes both on its calendar.
        Instant realDue = start.plus(limit);
        Instant realWarn = start.plus(fraction(limit, warningFraction));
        return new ClockTimes(scaled(start, realWarn), scaled(start, realDue));
    }

    private Instant scaled(Instant start, Instant real) {
        Duration span = fraction(Duration.between(start, real), timeScale);
        // Whole milliseconds: due times are also timer keys and record timestamps, both in milliseconds.
        return start.plus(span).truncatedTo(ChronoUnit.MILLIS);
    }

    private static Duration fraction(Duration duration, double factor) {
        return Duration.ofMillis(Math.round(duration.toMillis() * factor));
    }
}
