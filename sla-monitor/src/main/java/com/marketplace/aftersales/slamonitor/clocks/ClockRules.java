package com.marketplace.aftersales.slamonitor.clocks;

import com.marketplace.aftersales.slamonitor.SlaProperties;
import com.marketplace.aftersales.slamonitor.calendar.PolicyCalendar;
import com.marketplace.aftersales.slamonitor.policies.ClockPolicies;
import java.time.Duration;

/** What a case's clocks are judged by: the policies, their deadlines, and the bookkeeping limits. */
public record ClockRules(ClockPolicies policies, Deadlines deadlines, int rememberedEventIds,
                         Duration endedCaseRetention) {

    public static ClockRules of(ClockPolicies policies, SlaProperties properties, PolicyCalendar businessDays) {
        return new ClockRules(policies, Deadlines.of(policies, properties, businessDays),
                properties.rememberedEventIds(), properties.endedCaseRetention());
    }
}
