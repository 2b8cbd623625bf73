package com.marketplace.aftersales.slamonitor.clocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.slamonitor.SlaProperties;
import com.marketplace.aftersales.slamonitor.SlaProperties.PolicySettings;
import com.marketplace.aftersales.slamonitor.policies.ClockPolicies;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private static final ClockPolicies POLICIES = ClockPolicies.standard();
    private static final Instant START = Instant.parse("2026-11-23T02:00:00.123456Z");

    @Test
    void theLimitsOfTheDomainRulesApplyUnlessConfigured() {
        Deadlines deadlines = Deadlines.of(POLICIES, SlaProperties.defaults());

        assertThat(deadlines.limitOf(SlaPolicy.FIRST_RESPONSE)).isEqualTo(Duration.ofMinutes(30));
        assertThat(deadlines.limitOf(SlaPolicy.MERCHANT_RESPONSE)).isEqualTo(Duration.ofDays(5));
    }

    @Test
    void dueTimesAreWholeMillisecondsFromTheStart() {
        ClockTimes times = Deadlines.of(POLICIES, SlaProperties.defaults())
                .timesFrom(POLICIES.byId(SlaPolicy.FIRST_RESPONSE).orElseThrow(), START);

        assertThat(times.dueAt()).isEqualTo(Instant.parse("2026-11-23T02:30:00.123Z"));
        assertThat(times.warnAt()).isEqualTo(Instant.parse("2026-11-23T02:24:00.123Z"));
    }

    @Test
    void aMistypedPolicyInConfigurationStopsTheStartInsteadOfBeingIgnored() {
        SlaProperties typo = new SlaProperties(null, null,
                Map.of("merchant-reponse", new PolicySettings(Duration.ofSeconds(20))), null, null, null, null, null,
                null);

        assertThatThrownBy(() -> Deadlines.of(POLICIES, typo))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("merchant-reponse")
                .hasMessageContaining("merchant-response");
    }

    @Test
    void aLimitMustBePositive() {
        SlaProperties zero = new SlaProperties(null, null,
                Map.of("first-response", new PolicySettings(Duration.ZERO)), null, null, null, null, null, null);

        assertThatThrownBy(() -> Deadlines.of(POLICIES, zero)).hasMessageContaining("first-response.limit");
    }
}
