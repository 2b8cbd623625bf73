package com.marketplace.aftersales.slamonitor.clocks;

import static com.marketplace.aftersales.slamonitor.Events.at;
import static com.marketplace.aftersales.slamonitor.Events.diagnosed;
import static com.marketplace.aftersales.slamonitor.Events.infoProvided;
import static com.marketplace.aftersales.slamonitor.Events.reviewed;
import static com.marketplace.aftersales.slamonitor.Events.merchantResponded;
import static com.marketplace.aftersales.slamonitor.Events.submitted;
import static com.marketplace.aftersales.slamonitor.Events.verificationRequested;
import static com.marketplace.aftersales.slamonitor.Events.withdrawn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.marketplace.aftersales.contracts.EventCodec;
import com.marketplace.aftersales.contracts.event.ProblemCategory;
import com.marketplace.aftersales.contracts.intake.ReviewDecision;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.slamonitor.SlaProperties;
import com.marketplace.aftersales.slamonitor.calendar.Calendars;
import com.marketplace.aftersales.slamonitor.policies.ClockPolicies;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class CaseClocksTest {

    private static final ClockRules RULES = ClockRules.of(ClockPolicies.standard(), SlaProperties.defaults(), Calendars.shipped());
    private static final Instant START = Instant.parse("2026-11-23T02:00:00Z");

    @Test
    void theStoredFormKeepsEverythingADecisionDependsOn() {
        UUID caseId = UUID.randomUUID();
        CaseClocks clocks = CaseClocks.none(caseId);
        var requested = at(START, verificationRequested(caseId));
        clocks.onEvent(requested, RULES);
        clocks.onEvent(at(START.plusSeconds(5), submitted(caseId)), RULES);

        CaseClocks read = CaseClocks.fromJson(clocks.toJson());

        assertThat(read.openClocks()).isEqualTo(clocks.openClocks());
        assertThat(read.onEvent(requested, RULES).duplicate()).as("remembers applied ids").isTrue();
        assertThat(read.toJson()).isEqualTo(clocks.toJson());
    }

    @Test
    void anEarlyStopAndTheEndOfTheCaseSurviveTheStore() {
        UUID caseId = UUID.randomUUID();
        CaseClocks clocks = CaseClocks.none(caseId);
        clocks.onEvent(at(START.plusSeconds(60), merchantResponded(caseId)), RULES);

        Changes late = CaseClocks.fromJson(clocks.toJson()).onEvent(at(START, verificationRequested(caseId)), RULES);
        assertThat(late.emitted()).hasSize(2);
        assertThat(late.scheduled()).as("the clock never runs").isEmpty();

        CaseClocks ended = CaseClocks.none(caseId);
        ended.onEvent(at(START, withdrawn(caseId)), RULES);
        assertThat(CaseClocks.fromJson(ended.toJson()).endedAt()).contains(START);
    }

    @Test
    void aPausedClockKeepsTheTimeItUsedAndTheWaitAcrossTheStore() {
        UUID caseId = UUID.randomUUID();
        CaseClocks clocks = CaseClocks.none(caseId);
        clocks.onEvent(at(START, diagnosed(caseId, ProblemCategory.QUALITY_DEFECT)), RULES);
        clocks.onEvent(at(START.plus(Duration.ofHours(10)), reviewed(caseId, ReviewDecision.NEEDS_MORE_INFO)), RULES);

        CaseClocks read = CaseClocks.fromJson(clocks.toJson());
        assertThat(read.openClocks()).singleElement().satisfies(clock -> {
            assertThat(clock.paused()).isTrue();
            assertThat(clock.consumed()).isEqualTo(Duration.ofHours(10));
            assertThat(clock.pausedAt()).isEqualTo(START.plus(Duration.ofHours(10)));
        });
        assertThat(read.facts().awaitingCustomerSince()).isEqualTo(START.plus(Duration.ofHours(10)));

        Instant resumedAt = START.plus(Duration.ofDays(2));
        Changes resumed = read.onEvent(at(resumedAt, infoProvided(caseId)), RULES);
        assertThat(resumed.scheduled()).as("the rest of the 72 h runs from the resume")
                .extracting(TimerKey::kind, TimerKey::dueAt)
                .contains(tuple(TimerKind.BREACH, resumedAt.plus(Duration.ofHours(62))));
    }

    @Test
    void aCaseStoredByTheFirstVersionRunsOn() {
        UUID caseId = UUID.randomUUID();
        String firstVersion = """
                {"caseId":"%s","clocks":[{"policy":"merchant-response","sequence":1,
                 "startedAt":"2026-11-23T02:00:00Z","dueAt":"2026-11-28T02:00:00Z","warnAt":"2026-11-27T02:00:00Z",
                 "state":"WARNED","lastLevel":0}],"sequences":{"merchant-response":1},"recentEventIds":["e1"],
                 "earlyStops":[{"policy":"first-response","at":"2026-11-23T02:10:00Z"}],"endedAt":null}
                """.formatted(caseId);

        CaseClocks read = CaseClocks.fromJson(firstVersion);
        Changes breach = read.onTimer(new TimerKey(Instant.parse("2026-11-28T02:00:00Z").toEpochMilli(), caseId,
                SlaPolicy.MERCHANT_RESPONSE, 1, TimerKind.BREACH), Instant.parse("2026-11-28T02:00:00Z"), RULES);

        assertThat(breach.emitted()).extracting(emitted -> emitted.event().getClass().getSimpleName())
                .containsExactly("SlaDeadlineAction", "SlaBreached");
        assertThat(breach.scheduled()).as("level 2, which the first version did not have")
                .containsExactly(new TimerKey(Instant.parse("2026-12-03T02:00:00Z").toEpochMilli(), caseId,
                        SlaPolicy.MERCHANT_RESPONSE, 1, TimerKind.BREACH));
    }

    @Test
    void aStoredCaseWithFieldsFromANewerVersionIsStillRead() {
        UUID caseId = UUID.randomUUID();
        CaseClocks clocks = CaseClocks.none(caseId);
        clocks.onEvent(at(START, submitted(caseId)), RULES);
        ObjectNode json = (ObjectNode) EventCodec.mapper().readTree(clocks.toJson());
        json.put("aFieldOfTheFuture", "2026-11-23T02:10:00Z");

        assertThat(CaseClocks.fromJson(json.toString()).openClocks()).isEqualTo(clocks.openClocks());
    }
}
