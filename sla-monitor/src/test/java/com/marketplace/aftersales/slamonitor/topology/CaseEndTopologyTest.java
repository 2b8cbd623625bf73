package com.marketplace.aftersales.slamonitor.topology;

import static com.marketplace.aftersales.contracts.sla.SlaPolicy.FIRST_RESPONSE;
import static com.marketplace.aftersales.contracts.sla.SlaPolicy.MERCHANT_RESPONSE;
import static com.marketplace.aftersales.contracts.sla.SlaPolicy.REVIEW_FEEDBACK;
import static com.marketplace.aftersales.contracts.sla.SlaPolicy.UNRESOLVED;
import static com.marketplace.aftersales.slamonitor.Events.abandoned;
import static com.marketplace.aftersales.slamonitor.Events.at;
import static com.marketplace.aftersales.slamonitor.Events.closed;
import static com.marketplace.aftersales.slamonitor.Events.reviewed;
import static com.marketplace.aftersales.slamonitor.Events.submitted;
import static com.marketplace.aftersales.slamonitor.Events.verificationRequested;
import static com.marketplace.aftersales.slamonitor.Events.withdrawn;
import static com.marketplace.aftersales.slamonitor.topology.MonitorHarness.START;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.intake.ReviewDecision;
import com.marketplace.aftersales.contracts.sla.ClockOutcome;
import com.marketplace.aftersales.contracts.sla.SlaClockStopped;
import com.marketplace.aftersales.slamonitor.SlaProperties;
import com.marketplace.aftersales.slamonitor.clocks.ClockStores;
import com.marketplace.aftersales.slamonitor.topology.MonitorHarness.Published;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A terminal event stops every clock of the case, and the case's state is let go after its retention. */
class CaseEndTopologyTest {

    private static final Actor MONITOR = Actor.system("sla-monitor");

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

    static Stream<Function<UUID, CaseEvent>> terminalEvents() {
        return Stream.of(id -> withdrawn(id), id -> reviewed(id, ReviewDecision.NOT_APPLICABLE),
                id -> abandoned(id), id -> closed(id));
    }

    @ParameterizedTest
    @MethodSource("terminalEvents")
    void aTerminalEventCancelsTheOpenClocksAndTheirTimers(Function<UUID, CaseEvent> terminal) {
        monitor.publish(at(START, verificationRequested(caseId)));
        monitor.published();
        Instant endedAt = START.plus(Duration.ofDays(1));

        monitor.publish(at(endedAt, terminal.apply(caseId)));

        assertThat(monitor.published()).extracting(Published::event).containsExactly(
                new SlaClockStopped(caseId, MERCHANT_RESPONSE, 1, endedAt, ClockOutcome.CANCELLED, MONITOR));
        monitor.advance(Duration.ofDays(6));
        assertThat(monitor.published()).as("no warning, breach or action after the end").isEmpty();
    }

    @Test
    void everyOpenClockIsCancelledButARejectionInTimeStillMetTheReviewDeadlines() {
        monitor.publish(at(START, submitted(caseId)));
        monitor.publish(at(START.plusSeconds(60), verificationRequested(caseId)));
        monitor.published();

        monitor.publish(at(START.plusSeconds(600), reviewed(caseId, ReviewDecision.NOT_APPLICABLE)));

        assertThat(monitor.published()).extracting(Published::event).containsExactlyInAnyOrder(
                new SlaClockStopped(caseId, FIRST_RESPONSE, 1, START.plusSeconds(600), ClockOutcome.MET, MONITOR),
                new SlaClockStopped(caseId, REVIEW_FEEDBACK, 1, START.plusSeconds(600), ClockOutcome.MET, MONITOR),
                new SlaClockStopped(caseId, UNRESOLVED, 1, START.plusSeconds(600), ClockOutcome.CANCELLED, MONITOR),
                new SlaClockStopped(caseId, MERCHANT_RESPONSE, 1, START.plusSeconds(600), ClockOutcome.CANCELLED,
                        MONITOR));
        monitor.advance(Duration.ofDays(6));
        assertThat(monitor.published()).isEmpty();
    }

    @Test
    void noClockStartsOnAnEndedCase() {
        monitor.publish(at(START, withdrawn(caseId)));
        monitor.publish(at(START.plusSeconds(5), verificationRequested(caseId)));

        assertThat(monitor.published()).isEmpty();
        monitor.advance(Duration.ofDays(6));
        assertThat(monitor.published()).isEmpty();
    }

    @Test
    void anEndedCaseIsForgottenAfterItsRetention() {
        monitor.publish(at(START, submitted(caseId)));
        monitor.publish(at(START.plusSeconds(60), withdrawn(caseId)));
        var cases = monitor.store(ClockStores.STANDARD.caseClocks());

        monitor.advanceTo(START.plus(Duration.ofDays(29)));
        assertThat(cases.get(caseId.toString())).as("kept: a late duplicate is still recognised").isNotNull();

        monitor.advanceTo(START.plusSeconds(60).plus(Duration.ofDays(30)));
        assertThat(cases.get(caseId.toString())).isNull();
        assertThat(monitor.keys(ClockStores.STANDARD.timers())).isEmpty();
    }
}
