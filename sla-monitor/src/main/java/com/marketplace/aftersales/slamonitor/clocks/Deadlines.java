package com.marketplace.aftersales.slamonitor.clocks;

import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.slamonitor.SlaProperties;
import com.marketplace.aftersales.slamonitor.calendar.CalendarKind;
import com.marketplace.aftersales.slamonitor.calendar.PolicyCalendar;
import com.marketplace.aftersales.slamonitor.policies.ClockPolicies;
import com.marketplace.aftersales.slamonitor.policies.ClockPolicy;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The timing of every policy ({@link ClockTiming}): the one place where a policy's defaults meet configuration and a
 * calendar. Built once at start, so a setting that cannot work stops the start instead of the first deadline.
 */
public final class Deadlines {

    private final Map<SlaPolicy, ClockTiming> timings;

    private Deadlines(Map<SlaPolicy, ClockTiming> timings) {
        this.timings = timings;
    }

    /**
     * @param businessDays the calendar of business-day policies
     * @throws IllegalArgumentException for a configured policy id the monitor does not run (a typo would otherwise
     *                                  silently leave the default in force) or a setting that cannot work
     */
    public static Deadlines of(ClockPolicies policies, SlaProperties properties, PolicyCalendar businessDays) {
        Set<String> known = policies.all().stream().map(p -> p.id().id()).collect(Collectors.toCollection(TreeSet::new));
        for (String configured : properties.policies().keySet()) {
            if (!known.contains(configured)) {
                throw new IllegalArgumentException("aftersales.sla.policies." + configured
                        + ": the monitor runs no such policy; it runs " + known);
            }
        }
        Map<SlaPolicy, ClockTiming> timings = new EnumMap<>(SlaPolicy.class);
        for (ClockPolicy policy : policies.all()) {
            SlaProperties.PolicySettings settings = properties.policies().get(policy.id().id());
            timings.put(policy.id(), timing(policy, settings == null
                    ? new SlaProperties.PolicySettings(null, null, null, null, null) : settings, properties,
                    businessDays));
        }
        return new Deadlines(timings);
    }

    private static ClockTiming timing(ClockPolicy policy, SlaProperties.PolicySettings settings,
                                      SlaProperties properties, PolicyCalendar businessDays) {
        Duration limit = or(settings.limit(), policy.defaultLimit());
        CalendarKind kind = or(settings.calendar(), policy.defaultCalendar());
        double warningFraction = or(settings.warningFraction(), properties.warningFraction());
        ActorRole warns = or(settings.warn(), policy.defaultWarns());
        List<ActorRole> escalation = or(settings.escalateTo(), policy.defaultEscalation());
        PolicyCalendar calendar = kind == CalendarKind.BUSINESS_DAYS ? businessDays : PolicyCalendar.WALL_CLOCK;
        return new ClockTiming(policy.id(), limit, calendar, warningFraction, properties.timeScale(), warns,
                escalation);
    }

    private static <T> T or(T configured, T fallback) {
        return configured == null ? fallback : configured;
    }

    public ClockTiming of(SlaPolicy policy) {
        ClockTiming timing = timings.get(policy);
        if (timing == null) {
            throw new IllegalArgumentException("No timing for " + policy);
        }
        return timing;
    }

    /** The configured limit on the policy's calendar, before time scaling. */
    public Duration limitOf(SlaPolicy policy) {
        return of(policy).limit();
    }

    public Collection<ClockTiming> all() {
        return timings.values();
    }
}
