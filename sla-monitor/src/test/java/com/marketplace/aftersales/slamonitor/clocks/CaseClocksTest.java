package com.marketplace.aftersales.slamonitor.clocks;

import static com.marketplace.aftersales.slamonitor.Events.at;
import static com.marketplace.aftersales.slamonitor.Events.merchantResponded;
import static com.marketplace.aftersales.slamonitor.Events.submitted;
import static com.marketplace.aftersales.slamonitor.Events.verificationRequested;
import static com.marketplace.aftersales.slamonitor.Events.withdrawn;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.EventCodec;
import com.marketplace.aftersales.slamonitor.SlaProperties;
import com.marketplace.aftersales.slamonitor.policies.ClockPolicies;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class CaseClocksTest {

    private static final ClockRules RULES = ClockRules.of(ClockPolicies.standard(), SlaProperties.defaults());
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
    void aStoredCaseWithFieldsFromANewerVersionIsStillRead() {
        UUID caseId = UUID.randomUUID();
        CaseClocks clocks = CaseClocks.none(caseId);
        clocks.onEvent(at(START, submitted(caseId)), RULES);
        ObjectNode json = (ObjectNode) EventCodec.mapper().readTree(clocks.toJson());
        json.put("pausedSince", "2026-11-23T02:10:00Z");

        assertThat(CaseClocks.fromJson(json.toString()).openClocks()).isEqualTo(clocks.openClocks());
    }
}
