package com.marketplace.aftersales.slamonitor.topology;

import static com.marketplace.aftersales.contracts.sla.SlaPolicy.MERCHANT_RESPONSE;
import static com.marketplace.aftersales.slamonitor.Events.at;
import static com.marketplace.aftersales.slamonitor.Events.merchantResponded;
import static com.marketplace.aftersales.slamonitor.Events.verificationRequested;
import static com.marketplace.aftersales.slamonitor.topology.FirstResponseTopologyTest.single;
import static com.marketplace.aftersales.slamonitor.topology.MonitorHarness.START;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.diagnosis.MerchantDecision;
import com.marketplace.aftersales.contracts.diagnosis.MerchantResponded;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.sla.ClockOutcome;
import com.marketplace.aftersales.contracts.sla.DeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaBreached;
import com.marketplace.aftersales.contracts.sla.SlaClockStarted;
import com.marketplace.aftersales.contracts.sla.SlaClockStopped;
import com.marketplace.aftersales.contracts.sla.SlaDeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaWarning;
import com.marketplace.aftersales.contracts.status.CaseStatus;
import com.marketplace.aftersales.slamonitor.SlaProperties;
import com.marketplace.aftersales.slamonitor.clocks.SlaMetrics;
import com.marketplace.aftersales.slamonitor.topology.MonitorHarness.Published;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** merchant-response: 5 days from MerchantVerificationRequested to MerchantResponded, then AUTO_ACCEPT. */
class MerchantResponseTopologyTest {

    private static final Actor MONITOR = Actor.system("sla-monitor");
    private static final Instant DUE = START.plus(Duration.ofDays(5));
    private static final Instant WARN = START.plus(Duration.ofDays(4));

    @TempDir
    Path stateDir;
    private MonitorHarness monitor;
    private final UUID caseId = UUID.randomUUID();

    @BeforeEach
    void start() {
        monitor = new MonitorHarness(SlaProperties.defaults(), stateDir);
    }

    @AfterEach
    void stop() {
        monitor.close();
    }

    @Test
    void aMerchantAnsweringInTimeMeetsTheDeadlineAndNothingIsDoneOnItsBehalf() {
        monitor.publish(at(START, verificationRequested(caseId)));
        monitor.advance(Duration.ofDays(2));
        monitor.publish(at(monitor.now(), merchantResponded(caseId)));

        assertThat(monitor.published()).extracting(Published::event).containsExactly(
                new SlaClockStarted(caseId, MERCHANT_RESPONSE, 1, START, DUE, WARN, MONITOR),
                new SlaClockStopped(caseId, MERCHANT_RESPONSE, 1, START.plus(Duration.ofDays(2)), ClockOutcome.MET,
                        MONITOR));
        monitor.advance(Duration.ofDays(10));
        assertThat(monitor.published()).isEmpty();
    }

    @Test
    void aSilentMerchantIsWarnedThenAcceptedOnItsBehalfOnceWithADeterministicId() {
        monitor.publish(at(START, verificationRequested(caseId)));
        monitor.published();

        monitor.advanceTo(WARN);
        assertThat(single(monitor, MERCHANT_RESPONSE).event())
                .isEqualTo(new SlaWarning(caseId, MERCHANT_RESPONSE, 1, DUE, ActorRole.AGENT, MONITOR));

        monitor.advanceTo(DUE.minusSeconds(1));
        assertThat(monitor.published()).isEmpty();
        monitor.advance(Duration.ofSeconds(1));
        List<Published> atDeadline = monitor.published();

        String actionId = caseId + ":merchant-response:1:1";
        assertThat(atDeadline).extracting(Published::event).containsExactlyInAnyOrder(
                new SlaDeadlineAction(caseId, actionId, DeadlineAction.AUTO_ACCEPT, MERCHANT_RESPONSE, 1,
                        CaseStatus.AWAITING_MERCHANT, DUE, MONITOR),
                new SlaBreached(caseId, MERCHANT_RESPONSE, 1, 1, DUE, ActorRole.SUPERVISOR, MONITOR));
        Published action = atDeadline.stream().filter(p -> p.is(SlaDeadlineAction.class)).findFirst().orElseThrow();
        assertThat(action.envelope().id())
                .isEqualTo(UUID.nameUUIDFromBytes(actionId.getBytes(StandardCharsets.UTF_8)).toString());

        // Still unanswered after another full limit: the operations manager hears of it, and nothing is done twice.
        monitor.advanceTo(DUE.plus(Duration.ofDays(5)).minusSeconds(1));
        assertThat(monitor.published()).isEmpty();
        monitor.advance(Duration.ofSeconds(1));
        assertThat(monitor.published()).extracting(Published::event).containsExactly(
                new SlaBreached(caseId, MERCHANT_RESPONSE, 1, 2, DUE, ActorRole.OPS_MANAGER, MONITOR));

        monitor.advance(Duration.ofDays(30));
        assertThat(monitor.published()).as("the ladder ends at level 2; the action is published once").isEmpty();
        assertThat(monitor.count(SlaMetrics.ACTIONS, "action", "AUTO_ACCEPT")).isEqualTo(1);
    }

    @Test
    void theAcceptanceOnTheMerchantsBehalfStopsTheClockAsBreachedWithoutASecondAction() {
        monitor.publish(at(START, verificationRequested(caseId)));
        monitor.advanceTo(DUE);
        assertThat(monitor.published()).filteredOn(p -> p.is(SlaDeadlineAction.class)).hasSize(1);

        // diagnosis applies the action a moment later, as the merchant's (deadline) response
        monitor.advance(Duration.ofSeconds(2));
        monitor.publish(at(monitor.now(), new MerchantResponded(caseId, MerchantDecision.ACCEPT, null, true,
                Actor.system("diagnosis-service"))));
        assertThat(single(monitor, MERCHANT_RESPONSE).event()).isEqualTo(new SlaClockStopped(caseId, MERCHANT_RESPONSE, 1,
                DUE.plusSeconds(2), ClockOutcome.BREACHED, MONITOR));

        monitor.advance(Duration.ofDays(10));
        assertThat(monitor.published()).isEmpty();
        assertThat(monitor.count(SlaMetrics.ACTIONS, "action", "AUTO_ACCEPT")).isEqualTo(1);
    }

    @Test
    void aResponseThatHappenedBeforeTheDeadlineButArrivedAfterItStillMetIt() {
        monitor.publish(at(START, verificationRequested(caseId)));
        monitor.advanceTo(DUE.plusSeconds(5));
        monitor.published();

        monitor.publish(at(DUE.minusSeconds(30), merchantResponded(caseId)));

        assertThat(single(monitor, MERCHANT_RESPONSE).event()).isEqualTo(new SlaClockStopped(caseId, MERCHANT_RESPONSE, 1,
                DUE.minusSeconds(30), ClockOutcome.MET, MONITOR));
    }
}
