package com.marketplace.aftersales.slamonitor.clocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.slamonitor.SlaProperties;
import com.marketplace.aftersales.slamonitor.SlaProperties.PolicySettings;
import com.marketplace.aftersales.slamonitor.calendar.CalendarKind;
import com.marketplace.aftersales.slamonitor.calendar.Calendars;
import com.marketplace.aftersales.slamonitor.calendar.PolicyCalendar;
import com.marketplace.aftersales.slamonitor.policies.ClockPolicies;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private static final ClockPolicies POLICIES = ClockPolicies.standard();
    private static final Instant START = Instant.parse("2026-11-23T02:00:00.123456Z");

    private static Deadlines deadlines(SlaProperties properties) {
        return Deadlines.of(POLICIES, properties, Calendars.shipped());
    }

    @Test
    void everyPolicyOfTheDomainRulesRunsWithItsLimitAndCalendar() {
        Deadlines deadlines = deadlines(SlaProperties.defaults());

        Map<SlaPolicy, Duration> limits = new EnumMap<>(SlaPolicy.class);
        Map<SlaPolicy, Boolean> businessDays = new EnumMap<>(SlaPolicy.class);
        for (ClockTiming timing : deadlines.all()) {
            limits.put(timing.policy(), timing.limit());
            businessDays.put(timing.policy(), timing.calendar() != PolicyCalendar.WALL_CLOCK);
        }
        assertThat(limits).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry(SlaPolicy.FIRST_RESPONSE, Duration.ofMinutes(30)),
                Map.entry(SlaPolicy.REVIEW_FEEDBACK, Duration.ofDays(1)),
                Map.entry(SlaPolicy.QUALITY_PLAN, Duration.ofHours(72)),
                Map.entry(SlaPolicy.LOGISTICS_SOLVED, Duration.ofHours(24)),
                Map.entry(SlaPolicy.MERCHANT_RESPONSE, Duration.ofDays(5)),
                Map.entry(SlaPolicy.CUSTOMER_SHIPS_RETURN, Duration.ofDays(7)),
                Map.entry(SlaPolicy.MERCHANT_CONFIRMS_RECEIPT, Duration.ofDays(10)),
                Map.entry(SlaPolicy.INSPECTION, Duration.ofDays(7)),
                Map.entry(SlaPolicy.REFUND_PAID, Duration.ofHours(24)),
                Map.entry(SlaPolicy.REPAIR, Duration.ofDays(3)),
                Map.entry(SlaPolicy.RESHIP, Duration.ofDays(3)),
                Map.entry(SlaPolicy.COMPENSATION_PAID, Duration.ofHours(24)),
                Map.entry(SlaPolicy.NEGATIVE_REVIEW_FOLLOW_UP, Duration.ofHours(2)),
                Map.entry(SlaPolicy.UNRESOLVED, Duration.ofHours(48)),
                Map.entry(SlaPolicy.COMPLAINT, Duration.ofHours(48))));
        assertThat(businessDays).as("domain rules §5 marks exactly these 'business day'")
                .containsEntry(SlaPolicy.REVIEW_FEEDBACK, true)
                .containsEntry(SlaPolicy.REPAIR, true)
                .containsEntry(SlaPolicy.RESHIP, true)
                .containsEntry(SlaPolicy.FIRST_RESPONSE, false)
                .containsEntry(SlaPolicy.MERCHANT_RESPONSE, false)
                .containsEntry(SlaPolicy.UNRESOLVED, false)
                .satisfies(all -> assertThat(all.values().stream().filter(b -> b)).hasSize(3));
    }

    @Test
    void refundBreachesGoToFinanceFirstAndEveryOtherPolicyToTheSupervisor() {
        Deadlines deadlines = deadlines(SlaProperties.defaults());

        for (ClockTiming timing : deadlines.all()) {
            ActorRole first = timing.policy() == SlaPolicy.REFUND_PAID ? ActorRole.FINANCE : ActorRole.SUPERVISOR;
            assertThat(List.of(timing.warns(), timing.escalationTarget(1), timing.escalationTarget(2)))
                    .as(timing.policy().id()).containsExactly(ActorRole.AGENT, first, ActorRole.OPS_MANAGER);
            assertThat(timing.levels()).isEqualTo(2);
        }
    }

    @Test
    void limitCalendarWarningPointAndLadderCanBeConfiguredPerPolicy() {
        SlaProperties properties = SlaProperties.defaults().withPolicy("repair", new PolicySettings(
                Duration.ofHours(6), CalendarKind.WALL_CLOCK, 0.5, ActorRole.SUPERVISOR,
                List.of(ActorRole.OPS_MANAGER)));

        ClockTiming repair = deadlines(properties).of(SlaPolicy.REPAIR);

        assertThat(repair.limit()).isEqualTo(Duration.ofHours(6));
        assertThat(repair.calendar()).isSameAs(PolicyCalendar.WALL_CLOCK);
        assertThat(repair.startingAt(START)).isEqualTo(new ClockTimes(
                Instant.parse("2026-11-23T05:00:00.123Z"), Instant.parse("2026-11-23T08:00:00.123Z")));
        assertThat(repair.warns()).isEqualTo(ActorRole.SUPERVISOR);
        assertThat(repair.levels()).isEqualTo(1);
        assertThat(repair.escalationTarget(1)).isEqualTo(ActorRole.OPS_MANAGER);
    }

    @Test
    void dueTimesAreWholeMillisecondsFromTheStart() {
        ClockTimes times = deadlines(SlaProperties.defaults()).of(SlaPolicy.FIRST_RESPONSE).startingAt(START);

        assertThat(times.dueAt()).isEqualTo(Instant.parse("2026-11-23T02:30:00.123Z"));
        assertThat(times.warnAt()).isEqualTo(Instant.parse("2026-11-23T02:24:00.123Z"));
    }

    @Test
    void theTimeScaleShrinksTheSpanComputedOnTheRealCalendar() {
        // Friday 2026-11-20 15:00 Shanghai; 1 business day → Monday 15:00, 72 h of real time; scaled by 1/1000: 259.2 s
        Instant friday = Instant.parse("2026-11-20T07:00:00Z");
        ClockTimes times = deadlines(SlaProperties.defaults().withTimeScale(0.001))
                .of(SlaPolicy.REVIEW_FEEDBACK).startingAt(friday);

        assertThat(times.dueAt()).isEqualTo(friday.plusMillis(259_200));
        // warning: 80 % of the business day = Monday 10:12, 67.2 h after the start → 241.92 s
        assertThat(times.warnAt()).isEqualTo(friday.plusMillis(241_920));
    }

    @Test
    void aMistypedPolicyInConfigurationStopsTheStartInsteadOfBeingIgnored() {
        SlaProperties typo = SlaProperties.defaults()
                .withPolicy("merchant-reponse", PolicySettings.limit(Duration.ofSeconds(20)));

        assertThatThrownBy(() -> deadlines(typo))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("merchant-reponse")
                .hasMessageContaining("merchant-response");
    }
}
