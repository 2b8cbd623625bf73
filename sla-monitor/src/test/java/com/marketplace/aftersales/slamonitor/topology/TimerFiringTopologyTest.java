package com.marketplace.aftersales.slamonitor.topology;

import static com.marketplace.aftersales.slamonitor.Events.at;
import static com.marketplace.aftersales.slamonitor.Events.merchantResponded;
import static com.marketplace.aftersales.slamonitor.Events.reviewed;
import static com.marketplace.aftersales.slamonitor.Events.submitted;
import static com.marketplace.aftersales.slamonitor.Events.verificationRequested;
import static com.marketplace.aftersales.slamonitor.topology.MonitorHarness.START;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.intake.ReviewDecision;
import com.marketplace.aftersales.contracts.sla.ClockOutcome;
import com.marketplace.aftersales.contracts.sla.SlaBreached;
import com.marketplace.aftersales.contracts.sla.SlaClockStarted;
import com.marketplace.aftersales.contracts.sla.SlaClockStopped;
import com.marketplace.aftersales.contracts.sla.SlaDeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.contracts.sla.SlaWarning;
import com.marketplace.aftersales.slamonitor.SlaProperties;
import com.marketplace.aftersales.slamonitor.calendar.Calendars;
import com.marketplace.aftersales.slamonitor.clocks.CaseClocks;
import com.marketplace.aftersales.slamonitor.clocks.Changes;
import com.marketplace.aftersales.slamonitor.clocks.ClockRules;
import com.marketplace.aftersales.slamonitor.clocks.ClockStores;
import com.marketplace.aftersales.slamonitor.policies.ClockPolicies;
import com.marketplace.aftersales.slamonitor.topology.MonitorHarness.Published;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When timers fire: behind the scan position, in bounded batches, not while a backlog is replayed, and after a restart
 * only once the task has read what was in flight. On RocksDB, as in
 * production: the scan relies on its byte order and its range reads.
 */
class TimerFiringTopologyTest {

    @TempDir
    Path stateDir;
    private MonitorHarness monitor;
    private final UUID caseId = UUID.randomUUID();

    @AfterEach
    void stop() {
        monitor.close();
    }

    @Test
    void aTimerAlreadyDueWhenItsClockStartsFiresAtTheNextPunctuationAlthoughTheScanIsPastIt() {
        monitor = new MonitorHarness(SlaProperties.defaults(), stateDir, StoreType.ROCKSDB);
        monitor.advance(Duration.ofSeconds(1)); // a scan ran: its position is now

        // The outbox of diagnosis was stuck for six days; the request reaches the monitor only now.
        Instant requestedAt = monitor.now().minus(Duration.ofDays(6));
        monitor.publish(at(requestedAt, verificationRequested(caseId)));
        assertThat(monitor.published()).extracting(Published::event).singleElement()
                .isInstanceOf(SlaClockStarted.class);

        monitor.advance(Duration.ofSeconds(1));
        List<Published> fired = monitor.published();
        assertThat(fired).extracting(p -> p.event().getClass().getSimpleName())
                .as("the deadline passed a day ago; a warning now would say nothing")
                .containsExactlyInAnyOrder("SlaDeadlineAction", "SlaBreached");
        assertThat(fired).allSatisfy(p -> assertThat(p.caseId()).isEqualTo(caseId));
    }

    @Test
    void timersDueTogetherBeyondTheBatchLimitFireInTheFollowingPunctuations() {
        monitor = new MonitorHarness(SlaProperties.defaults().withMaxTimersPerPunctuation(2), stateDir,
                StoreType.ROCKSDB);
        List<UUID> cases = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        cases.forEach(id -> monitor.publish(at(START, submitted(id))));
        monitor.published();

        monitor.advanceTo(START.plus(Duration.ofMinutes(24)));
        List<Published> first = monitor.published();
        monitor.advance(Duration.ofSeconds(1));
        List<Published> second = monitor.published();

        assertThat(first).hasSize(2).allSatisfy(p -> assertThat(p.is(SlaWarning.class)).isTrue());
        assertThat(second).hasSize(1).allSatisfy(p -> assertThat(p.is(SlaWarning.class)).isTrue());
        assertThat(List.of(first.get(0).caseId(), first.get(1).caseId(), second.get(0).caseId()))
                .containsExactlyInAnyOrderElementsOf(cases);
    }

    @Test
    void whileABacklogIsReplayedNoDeadlineIsJudgedBeforeTheEventsThatMightHaveMetIt() {
        monitor = new MonitorHarness(SlaProperties.defaults(), stateDir, StoreType.ROCKSDB);
        // The monitor was down for an hour: a request came 40 minutes ago and was answered 20 minutes ago.
        Instant submittedAt = START.minus(Duration.ofMinutes(40));
        Instant reviewedAt = START.minus(Duration.ofMinutes(20));
        monitor.publish(at(submittedAt, submitted(caseId)), submittedAt, new RecordHeaders());
        monitor.advance(Duration.ofSeconds(1)); // a punctuation between two polls of the backlog
        monitor.publish(at(reviewedAt, reviewed(caseId, ReviewDecision.APPROVED)), reviewedAt, new RecordHeaders());
        monitor.advance(Duration.ofSeconds(10));

        assertThat(monitor.published()).extracting(Published::event)
                .noneMatch(SlaBreached.class::isInstance)
                .last().isInstanceOfSatisfying(SlaClockStopped.class,
                        stopped -> assertThat(stopped.outcome()).isEqualTo(ClockOutcome.MET));
    }

    @Test
    void heldTimersFireOnceTheBacklogIsReadAndNothingStoppedThem() {
        monitor = new MonitorHarness(SlaProperties.defaults(), stateDir, StoreType.ROCKSDB);
        Instant submittedAt = START.minus(Duration.ofMinutes(40));
        monitor.publish(at(submittedAt, submitted(caseId)), submittedAt, new RecordHeaders());
        monitor.published();

        monitor.advance(Duration.ofSeconds(1));
        assertThat(monitor.published()).isEmpty();

        monitor.advance(Duration.ofSeconds(3)); // nothing more to read for the quiet period
        assertThat(monitor.published()).extracting(Published::event).singleElement()
                .isInstanceOf(SlaBreached.class);
    }

    @Test
    void afterARestartOverdueTimersWaitForTheRecordsInFlightAtTheCrash() {
        monitor = new MonitorHarness(SlaProperties.defaults(), stateDir, StoreType.ROCKSDB);
        // What a restarted task restores: a merchant-response clock whose deadline passed a day ago, while the monitor
        // was down. The merchant did respond in time; that record was read before the crash but not committed.
        restore(at(START.minus(Duration.ofDays(6)), verificationRequested(caseId)));

        monitor.advance(Duration.ofSeconds(1));
        assertThat(monitor.published()).as("nothing read since the start: the task may be behind").isEmpty();

        Instant respondedAt = START.minus(Duration.ofDays(2));
        monitor.publish(at(respondedAt, merchantResponded(caseId)));
        monitor.advance(Duration.ofSeconds(10));

        assertThat(monitor.published()).extracting(Published::event).containsExactly(new SlaClockStopped(caseId,
                SlaPolicy.MERCHANT_RESPONSE, 1, respondedAt, ClockOutcome.MET, Actor.system("sla-monitor")));
    }

    @Test
    void afterARestartWithNothingToReadOverdueTimersFireOnceTheQuietPeriodPassed() {
        monitor = new MonitorHarness(SlaProperties.defaults(), stateDir, StoreType.ROCKSDB);
        restore(at(START.minus(Duration.ofDays(6)), verificationRequested(caseId)));

        monitor.advance(Duration.ofSeconds(2));
        assertThat(monitor.published()).isEmpty();
        monitor.advance(Duration.ofSeconds(1));
        assertThat(monitor.published()).extracting(p -> p.event().getClass().getSimpleName())
                .containsExactly("SlaDeadlineAction", "SlaBreached");
        monitor.advance(Duration.ofDays(1));
        assertThat(monitor.published()).as("once").isEmpty();
    }

    /** Writes the case and timers the event leads to straight into the stores, as a restore from the changelogs would. */
    private void restore(EventEnvelope<? extends CaseEvent> event) {
        CaseClocks clocks = CaseClocks.none(caseId);
        Changes changes = clocks.onEvent(event, ClockRules.of(ClockPolicies.standard(), SlaProperties.defaults(),
                Calendars.shipped()));
        monitor.store(ClockStores.STANDARD.caseClocks()).put(caseId.toString(), clocks.toJson());
        changes.scheduled().forEach(timer -> monitor.store(ClockStores.STANDARD.timers())
                .put(timer.encoded(), caseId.toString()));
    }

    @Test
    void deadlineActionsOfSeveralCasesDueAtOnceEachFireOnce() {
        monitor = new MonitorHarness(SlaProperties.defaults(), stateDir, StoreType.ROCKSDB);
        List<UUID> cases = List.of(UUID.randomUUID(), UUID.randomUUID());
        cases.forEach(id -> monitor.publish(at(START, verificationRequested(id))));

        monitor.advanceTo(START.plus(Duration.ofDays(5)));
        monitor.advance(Duration.ofDays(1));

        assertThat(monitor.published()).filteredOn(p -> p.is(SlaDeadlineAction.class))
                .extracting(Published::caseId).containsExactlyInAnyOrderElementsOf(cases);
    }
}
