package com.marketplace.aftersales.slamonitor.topology;

import static com.marketplace.aftersales.contracts.sla.SlaPolicy.FIRST_RESPONSE;
import static com.marketplace.aftersales.slamonitor.Events.AGENT;
import static com.marketplace.aftersales.slamonitor.Events.CUSTOMER;
import static com.marketplace.aftersales.slamonitor.Events.at;
import static com.marketplace.aftersales.slamonitor.Events.message;
import static com.marketplace.aftersales.slamonitor.Events.reviewed;
import static com.marketplace.aftersales.slamonitor.Events.submitted;
import static com.marketplace.aftersales.slamonitor.topology.MonitorHarness.START;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.intake.ReviewDecision;
import com.marketplace.aftersales.contracts.sla.ClockOutcome;
import com.marketplace.aftersales.contracts.sla.SlaBreached;
import com.marketplace.aftersales.contracts.sla.SlaClockStarted;
import com.marketplace.aftersales.contracts.sla.SlaClockStopped;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.contracts.sla.SlaWarning;
import com.marketplace.aftersales.slamonitor.SlaProperties;
import com.marketplace.aftersales.slamonitor.topology.MonitorHarness.Published;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** first-response: starts on CaseSubmitted, stops on the first review or staff message, 30 minutes, escalates. */
class FirstResponseTopologyTest {

    private static final Actor MONITOR = Actor.system("sla-monitor");
    private static final Instant DUE = START.plus(Duration.ofMinutes(30));
    private static final Instant WARN = START.plus(Duration.ofMinutes(24));

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
    void aReviewWithinThirtyMinutesMeetsTheDeadline() {
        monitor.publish(at(START, submitted(caseId)));
        monitor.advance(Duration.ofMinutes(10));
        monitor.publish(at(monitor.now(), reviewed(caseId, ReviewDecision.APPROVED)));

        assertThat(monitor.published(FIRST_RESPONSE)).extracting(Published::event).containsExactly(
                new SlaClockStarted(caseId, FIRST_RESPONSE, 1, START, DUE, WARN, MONITOR),
                new SlaClockStopped(caseId, FIRST_RESPONSE, 1, START.plus(Duration.ofMinutes(10)),
                        ClockOutcome.MET, MONITOR));

        monitor.advance(Duration.ofHours(1));
        assertThat(monitor.published(FIRST_RESPONSE)).as("no warning or breach for a stopped clock").isEmpty();
    }

    @Test
    void onlyAStaffMessageCountsAsAResponse() {
        monitor.publish(at(START, submitted(caseId)));
        monitor.advance(Duration.ofMinutes(5));
        monitor.publish(at(monitor.now(), message(caseId, CUSTOMER)));
        monitor.publish(at(monitor.now(), message(caseId, Actor.system("intake-service"))));
        monitor.advance(Duration.ofMinutes(5));
        monitor.publish(at(monitor.now(), message(caseId, AGENT)));

        assertThat(monitor.published(FIRST_RESPONSE)).extracting(Published::event).containsExactly(
                new SlaClockStarted(caseId, FIRST_RESPONSE, 1, START, DUE, WARN, MONITOR),
                new SlaClockStopped(caseId, FIRST_RESPONSE, 1, START.plus(Duration.ofMinutes(10)),
                        ClockOutcome.MET, MONITOR));
    }

    @Test
    void theHandlerIsWarnedAtEightyPercentOfTheLimit() {
        monitor.publish(at(START, submitted(caseId)));
        monitor.published(FIRST_RESPONSE);

        monitor.advanceTo(WARN.minusSeconds(1));
        assertThat(monitor.published(FIRST_RESPONSE)).isEmpty();

        monitor.advance(Duration.ofSeconds(1));
        Published warning = single(monitor, FIRST_RESPONSE);
        assertThat(warning.event()).isEqualTo(
                new SlaWarning(caseId, FIRST_RESPONSE, 1, DUE, ActorRole.AGENT, MONITOR));
        assertThat(warning.envelope().time()).isEqualTo(WARN);
    }

    @Test
    void anUnansweredRequestIsEscalatedToTheSupervisorAtTheDeadlineAndALateAnswerBreachesIt() {
        monitor.publish(at(START, submitted(caseId)));
        monitor.advanceTo(WARN);
        monitor.published(FIRST_RESPONSE);

        monitor.advanceTo(DUE.minusSeconds(1));
        assertThat(monitor.published(FIRST_RESPONSE)).isEmpty();
        monitor.advance(Duration.ofSeconds(1));
        assertThat(single(monitor, FIRST_RESPONSE).event()).isEqualTo(
                new SlaBreached(caseId, FIRST_RESPONSE, 1, 1, DUE, ActorRole.SUPERVISOR, MONITOR));

        monitor.advance(Duration.ofMinutes(10));
        monitor.publish(at(monitor.now(), reviewed(caseId, ReviewDecision.APPROVED)));
        assertThat(single(monitor, FIRST_RESPONSE).event()).isEqualTo(new SlaClockStopped(caseId, FIRST_RESPONSE, 1,
                DUE.plus(Duration.ofMinutes(10)), ClockOutcome.BREACHED, MONITOR));
    }

    @Test
    void onlyTheFirstResponseStopsTheClock() {
        monitor.publish(at(START, submitted(caseId)));
        monitor.publish(at(START.plusSeconds(60), reviewed(caseId, ReviewDecision.NEEDS_MORE_INFO)));
        monitor.publish(at(START.plusSeconds(120), message(caseId, AGENT)));
        monitor.publish(at(START.plusSeconds(180), reviewed(caseId, ReviewDecision.APPROVED)));

        assertThat(monitor.published(FIRST_RESPONSE)).extracting(Published::event).hasSize(2)
                .last().isEqualTo(new SlaClockStopped(caseId, FIRST_RESPONSE, 1, START.plusSeconds(60),
                        ClockOutcome.MET, MONITOR));
    }

    /** The one event the monitor published about these policies since the last look. */
    static Published single(MonitorHarness monitor, SlaPolicy... policies) {
        var published = monitor.published(policies);
        assertThat(published).hasSize(1);
        return published.get(0);
    }
}
