package com.marketplace.aftersales.slamonitor.topology;

import static com.marketplace.aftersales.contracts.sla.SlaPolicy.LOGISTICS_SOLVED;
import static com.marketplace.aftersales.contracts.sla.SlaPolicy.QUALITY_PLAN;
import static com.marketplace.aftersales.contracts.sla.SlaPolicy.REVIEW_FEEDBACK;
import static com.marketplace.aftersales.contracts.sla.SlaPolicy.UNRESOLVED;
import static com.marketplace.aftersales.slamonitor.Events.at;
import static com.marketplace.aftersales.slamonitor.Events.diagnosed;
import static com.marketplace.aftersales.slamonitor.Events.infoProvided;
import static com.marketplace.aftersales.slamonitor.Events.remedyDecided;
import static com.marketplace.aftersales.slamonitor.Events.reviewed;
import static com.marketplace.aftersales.slamonitor.Events.submitted;
import static com.marketplace.aftersales.slamonitor.topology.MonitorHarness.START;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.ProblemCategory;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.intake.ReviewDecision;
import com.marketplace.aftersales.contracts.sla.ClockOutcome;
import com.marketplace.aftersales.contracts.sla.DeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaBreached;
import com.marketplace.aftersales.contracts.sla.SlaClockPaused;
import com.marketplace.aftersales.contracts.sla.SlaClockResumed;
import com.marketplace.aftersales.contracts.sla.SlaClockStarted;
import com.marketplace.aftersales.contracts.sla.SlaClockStopped;
import com.marketplace.aftersales.contracts.sla.SlaDeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaWarning;
import com.marketplace.aftersales.slamonitor.SlaProperties;
import com.marketplace.aftersales.slamonitor.clocks.SlaMetrics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * quality-plan, logistics-solved and unresolved stand still while the case waits on the customer (a review asking for
 * more information until the customer provides it): the time used so far is kept, no timer fires meanwhile, and on
 * resume the rest of the limit runs from the resume.
 */
class PauseResumeTopologyTest {

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

    @Test
    void theTimeWaitingOnTheCustomerIsNotCountedAndTheDeadlineMovesByIt() {
        monitor.publish(at(START, diagnosed(caseId, ProblemCategory.QUALITY_DEFECT)));
        Instant askedAt = START.plus(Duration.ofHours(10));
        monitor.advanceTo(askedAt);
        monitor.publish(at(askedAt, reviewed(caseId, ReviewDecision.NEEDS_MORE_INFO)));

        assertThat(monitor.events(QUALITY_PLAN)).containsExactly(
                new SlaClockStarted(caseId, QUALITY_PLAN, 1, START, START.plus(Duration.ofHours(72)),
                        START.plus(Duration.ofMinutes(Math.round(72 * 60 * 0.8))), MONITOR),
                new SlaClockPaused(caseId, QUALITY_PLAN, 1, askedAt, Duration.ofHours(62), MONITOR));

        monitor.advanceTo(START.plus(Duration.ofDays(3)));
        assertThat(monitor.events(QUALITY_PLAN)).as("the original warning point and deadline passed unannounced")
                .isEmpty();

        Instant answeredAt = START.plus(Duration.ofDays(3));
        monitor.publish(at(answeredAt, infoProvided(caseId)));
        Instant due = answeredAt.plus(Duration.ofHours(62));
        Instant warn = answeredAt.plus(Duration.ofMinutes(Math.round(72 * 60 * 0.8) - 10 * 60));
        assertThat(monitor.events(QUALITY_PLAN)).containsExactly(
                new SlaClockResumed(caseId, QUALITY_PLAN, 1, answeredAt, due, warn, MONITOR));

        monitor.advanceTo(warn.minusSeconds(1));
        assertThat(monitor.events(QUALITY_PLAN)).isEmpty();
        monitor.advance(Duration.ofSeconds(1));
        assertThat(monitor.events(QUALITY_PLAN)).containsExactly(
                new SlaWarning(caseId, QUALITY_PLAN, 1, due, ActorRole.AGENT, MONITOR));
        monitor.advanceTo(due.minusSeconds(1));
        assertThat(monitor.events(QUALITY_PLAN)).isEmpty();
        monitor.advance(Duration.ofSeconds(1));
        assertThat(monitor.events(QUALITY_PLAN)).containsExactly(
                new SlaBreached(caseId, QUALITY_PLAN, 1, 1, due, ActorRole.SUPERVISOR, MONITOR));
        assertThat(monitor.count(SlaMetrics.CLOCKS_PAUSED, "policy", "quality-plan")).isEqualTo(1);
        assertThat(monitor.count(SlaMetrics.CLOCKS_RESUMED, "policy", "quality-plan")).isEqualTo(1);
    }

    @Test
    void aClockStoppedWhilePausedMetItsDeadlineIfItHadNotPassedBeforeThePause() {
        monitor.publish(at(START, diagnosed(caseId, ProblemCategory.QUALITY_DEFECT)));
        monitor.publish(at(START.plus(Duration.ofHours(1)), reviewed(caseId, ReviewDecision.NEEDS_MORE_INFO)));
        Instant decidedAt = START.plus(Duration.ofDays(5));
        monitor.publish(at(decidedAt, remedyDecided(caseId, Remedy.RETURN_REFUND, true)));

        assertThat(monitor.events(QUALITY_PLAN)).last().isEqualTo(
                new SlaClockStopped(caseId, QUALITY_PLAN, 1, decidedAt, ClockOutcome.MET, MONITOR));
        monitor.publish(at(decidedAt.plusSeconds(60), infoProvided(caseId)));
        monitor.advanceTo(START.plus(Duration.ofDays(20)));
        assertThat(monitor.events(QUALITY_PLAN)).as("nothing left to resume").isEmpty();
    }

    @Test
    void theUnresolvedClockRaisesThePriorityOnlyAfterFortyEightHoursOfThePlatformsOwnTime() {
        monitor.publish(at(START, submitted(caseId)));
        monitor.publish(at(START.plus(Duration.ofHours(2)), reviewed(caseId, ReviewDecision.NEEDS_MORE_INFO)));
        Instant answeredAt = START.plus(Duration.ofHours(30));
        monitor.advanceTo(answeredAt);
        monitor.publish(at(answeredAt, infoProvided(caseId)));
        monitor.events(UNRESOLVED);

        Instant due = answeredAt.plus(Duration.ofHours(46));
        monitor.advanceTo(due.minusSeconds(1));
        assertThat(monitor.events(UNRESOLVED)).filteredOn(e -> !(e instanceof SlaWarning)).isEmpty();
        monitor.advance(Duration.ofSeconds(1));

        assertThat(monitor.events(UNRESOLVED)).containsExactly(
                new SlaDeadlineAction(caseId, caseId + ":unresolved:1:1", DeadlineAction.RAISE_PRIORITY, UNRESOLVED, 1,
                        null, due, MONITOR),
                new SlaBreached(caseId, UNRESOLVED, 1, 1, due, ActorRole.SUPERVISOR, MONITOR));
    }

    @Test
    void theCustomersAnswerStartsANewReviewClockWhileTheStoppedOneStaysStopped() {
        monitor.publish(at(START, submitted(caseId)));
        monitor.publish(at(START.plus(Duration.ofHours(2)), reviewed(caseId, ReviewDecision.NEEDS_MORE_INFO)));
        Instant answeredAt = START.plus(Duration.ofHours(5));
        monitor.publish(at(answeredAt, infoProvided(caseId)));

        assertThat(monitor.events(REVIEW_FEEDBACK)).extracting(Object::getClass).extracting(Class::getSimpleName)
                .containsExactly("SlaClockStarted", "SlaClockStopped", "SlaClockStarted");
        monitor.publish(at(answeredAt.plusSeconds(60), reviewed(caseId, ReviewDecision.APPROVED)));
        assertThat(monitor.events(REVIEW_FEEDBACK)).containsExactly(new SlaClockStopped(caseId, REVIEW_FEEDBACK, 2,
                answeredAt.plusSeconds(60), ClockOutcome.MET, MONITOR));
    }

    @Test
    void aClockStartingWhileTheCustomerIsAskedStandsStillFromTheWaitsBeginning() {
        // The request for more information happened at 10:00 but the diagnosis of 09:00 reaches the monitor later.
        Instant diagnosedAt = START.minus(Duration.ofHours(1));
        monitor.publish(at(START, reviewed(caseId, ReviewDecision.NEEDS_MORE_INFO)));
        monitor.publish(at(diagnosedAt, diagnosed(caseId, ProblemCategory.LOGISTICS)));

        assertThat(monitor.events(LOGISTICS_SOLVED)).containsExactly(
                new SlaClockStarted(caseId, LOGISTICS_SOLVED, 1, diagnosedAt, diagnosedAt.plus(Duration.ofHours(24)),
                        diagnosedAt.plus(Duration.ofMinutes(Math.round(24 * 60 * 0.8))), MONITOR),
                new SlaClockPaused(caseId, LOGISTICS_SOLVED, 1, START, Duration.ofHours(23), MONITOR));

        monitor.advanceTo(START.plus(Duration.ofDays(2)));
        assertThat(monitor.events(LOGISTICS_SOLVED)).isEmpty();
        monitor.publish(at(monitor.now(), infoProvided(caseId)));
        assertThat(monitor.events(LOGISTICS_SOLVED)).singleElement().isInstanceOfSatisfying(SlaClockResumed.class,
                resumed -> assertThat(resumed.dueAt()).isEqualTo(monitor.now().plus(Duration.ofHours(23))));
    }
}
