package com.marketplace.aftersales.slamonitor.topology;

import static com.marketplace.aftersales.contracts.sla.SlaPolicy.MERCHANT_RESPONSE;
import static com.marketplace.aftersales.slamonitor.Events.at;
import static com.marketplace.aftersales.slamonitor.Events.evidence;
import static com.marketplace.aftersales.slamonitor.Events.merchantResponded;
import static com.marketplace.aftersales.slamonitor.Events.submitted;
import static com.marketplace.aftersales.slamonitor.Events.verificationRequested;
import static com.marketplace.aftersales.slamonitor.topology.MonitorHarness.START;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.EventCodec;
import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.contracts.diagnosis.MerchantVerificationRequested;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.sla.ClockOutcome;
import com.marketplace.aftersales.contracts.sla.SlaClockStarted;
import com.marketplace.aftersales.contracts.sla.SlaClockStopped;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.contracts.sla.SlaWarning;
import com.marketplace.aftersales.slamonitor.SlaProperties;
import com.marketplace.aftersales.slamonitor.clocks.ClockStores;
import com.marketplace.aftersales.slamonitor.clocks.SlaMetrics;
import com.marketplace.aftersales.slamonitor.topology.MonitorHarness.Published;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input the monitor must survive: duplicates, unknown and broken records, events out of order. */
class InputHandlingTopologyTest {

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
    void theSameEventDeliveredTwiceStartsOneClockEvenAfterThatClockStopped() {
        EventEnvelope<MerchantVerificationRequested> requested = at(START, verificationRequested(caseId));
        monitor.publish(requested);
        monitor.publish(requested);
        monitor.publish(at(START.plusSeconds(60), merchantResponded(caseId)));
        monitor.publish(requested); // redelivered after the stop: must not start clock number 2

        assertThat(monitor.published()).extracting(Published::event).containsExactly(
                new SlaClockStarted(caseId, MERCHANT_RESPONSE, 1, START, DUE, WARN, MONITOR),
                new SlaClockStopped(caseId, MERCHANT_RESPONSE, 1, START.plusSeconds(60), ClockOutcome.MET, MONITOR));
        assertThat(monitor.count(SlaMetrics.INPUT_SKIPPED, "reason", "duplicate")).isEqualTo(2);
    }

    @Test
    void anEventTypeThisVersionDoesNotKnowIsIgnored() {
        String future = """
                {"specversion":"1.0","id":"%s","type":"aftersales.intake.CaseEscalatedByCustomer",
                 "source":"/aftersales/intake-service","time":"2026-11-23T02:00:00Z","subject":"%s",
                 "data":{"caseId":"%s","actor":{"id":"c","role":"CUSTOMER","channel":"ORDER_DETAIL"}}}
                """.formatted(UUID.randomUUID(), caseId, caseId);
        monitor.publishRaw(Topics.INTAKE.name(), caseId.toString(), future.getBytes(StandardCharsets.UTF_8),
                new RecordHeaders());
        monitor.publish(at(START, submitted(caseId)));

        assertThat(monitor.published(SlaPolicy.FIRST_RESPONSE)).extracting(Published::event).singleElement()
                .isInstanceOf(SlaClockStarted.class);
        assertThat(monitor.count(SlaMetrics.INPUT_SKIPPED, "reason", "unknown-type")).isEqualTo(1);
    }

    @Test
    void aMalformedRecordIsSetAsideAndTheRestOfThePartitionGoesOn() {
        byte[] garbage = "{not an event".getBytes(StandardCharsets.UTF_8);
        monitor.publishRaw(Topics.DIAGNOSIS.name(), caseId.toString(), garbage, new RecordHeaders());
        monitor.publish(at(START, verificationRequested(caseId)));

        assertThat(monitor.published()).extracting(Published::event).singleElement()
                .isInstanceOf(SlaClockStarted.class);
        assertThat(monitor.count(SlaMetrics.INPUT_SKIPPED, "reason", "malformed")).isEqualTo(1);
        // The copy to the dead-letter topic is checked on the real broker (SlaMonitorIT): the test driver does not
        // capture records a deserialization handler hands over under exactly_once_v2.
    }

    @Test
    void anEventKeyedByAnotherCaseIsNotAppliedToEither() {
        UUID otherCase = UUID.randomUUID();
        EventEnvelope<MerchantVerificationRequested> event = at(START, verificationRequested(caseId));
        monitor.publishRaw(Topics.DIAGNOSIS.name(), otherCase.toString(), EventCodec.encode(event),
                new RecordHeaders());

        assertThat(monitor.published()).isEmpty();
        assertThat(monitor.keys(ClockStores.STANDARD.caseClocks())).isEmpty();
        assertThat(monitor.count(SlaMetrics.INPUT_SKIPPED, "reason", "key-mismatch")).isEqualTo(1);
    }

    @Test
    void eventsNoPolicyCaresAboutLeaveNoState() {
        monitor.publish(at(START, evidence(caseId)));

        assertThat(monitor.published()).isEmpty();
        assertThat(monitor.keys(ClockStores.STANDARD.caseClocks())).isEmpty();
    }

    @Test
    void aStopThatArrivesBeforeItsStartLeavesNoOrphanClock() {
        Instant respondedAt = START.plus(Duration.ofHours(1));
        monitor.publish(at(respondedAt, merchantResponded(caseId)));
        monitor.publish(at(START, verificationRequested(caseId)));

        assertThat(monitor.published()).extracting(Published::event).containsExactly(
                new SlaClockStarted(caseId, MERCHANT_RESPONSE, 1, START, DUE, WARN, MONITOR),
                new SlaClockStopped(caseId, MERCHANT_RESPONSE, 1, respondedAt, ClockOutcome.MET, MONITOR));
        monitor.advance(Duration.ofDays(6));
        assertThat(monitor.published()).as("the clock never ran").isEmpty();
    }

    @Test
    void aStopOlderThanTheStartBelongsToAnEarlierRoundAndDoesNotStopIt() {
        monitor.publish(at(START.minus(Duration.ofHours(1)), merchantResponded(caseId)));
        monitor.publish(at(START, verificationRequested(caseId)));
        monitor.published();

        monitor.advanceTo(WARN);
        assertThat(monitor.published()).extracting(Published::event).singleElement()
                .isInstanceOf(SlaWarning.class);
    }
}
