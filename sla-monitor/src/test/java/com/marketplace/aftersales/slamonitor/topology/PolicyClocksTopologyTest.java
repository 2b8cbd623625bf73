package com.marketplace.aftersales.slamonitor.topology;

import static com.marketplace.aftersales.slamonitor.Events.at;
import static com.marketplace.aftersales.slamonitor.topology.MonitorHarness.START;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.ProblemCategory;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.fulfillment.InspectionResult;
import com.marketplace.aftersales.contracts.fulfillment.RepairStage;
import com.marketplace.aftersales.contracts.intake.ReviewDecision;
import com.marketplace.aftersales.contracts.sla.ClockOutcome;
import com.marketplace.aftersales.contracts.sla.DeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaBreached;
import com.marketplace.aftersales.contracts.sla.SlaClockStarted;
import com.marketplace.aftersales.contracts.sla.SlaClockStopped;
import com.marketplace.aftersales.contracts.sla.SlaDeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.contracts.sla.SlaWarning;
import com.marketplace.aftersales.contracts.status.CaseStatus;
import com.marketplace.aftersales.slamonitor.Events;
import com.marketplace.aftersales.slamonitor.SlaProperties;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every clock of contracts §4: its start event starts it with the limit of domain rules §5, its stop event meets it in
 * time, and without the stop the handler is warned at 80 %, breach level 1 (with the deadline action, if any) goes to
 * the first role of its ladder at the deadline and level 2 to the operations manager after another full limit; a stop
 * after that is a breached stop. The start is Monday 23 November 2026 10:00 in Shanghai, so business days run Monday to
 * Thursday without a holiday and 1 business day is 24 hours (the calendar's own rules are tested elsewhere).
 */
class PolicyClocksTopologyTest {

    private static final Actor MONITOR = Actor.system("sla-monitor");
    /** Tuesday 1 December 2026 10:00 in Shanghai: 6 business days after the start. */
    private static final Instant TUESDAY_NEXT = Instant.parse("2026-12-01T02:00:00Z");

    /**
     * @param before  events that tell the monitor what a start depends on (the remedy of a repair)
     * @param start   the event that starts the clock
     * @param stop    the event that stops it
     * @param limit   the default limit; the same in wall-clock hours here, see above
     * @param action  the deadline action, and the status it expects, if any
     * @param level2  when breach level 2 fires: another full limit after the deadline, on the policy's calendar
     */
    record Scenario(SlaPolicy policy, List<Function<UUID, CaseEvent>> before, Function<UUID, CaseEvent> start,
                    Function<UUID, CaseEvent> stop, Duration limit, ActorRole level1, Action action, Instant level2) {

        Scenario acting(DeadlineAction deadlineAction, CaseStatus expectedStatus) {
            return new Scenario(policy, before, start, stop, limit, level1, new Action(deadlineAction, expectedStatus),
                    level2);
        }

        Scenario escalatingFirstTo(ActorRole role) {
            return new Scenario(policy, before, start, stop, limit, role, action, level2);
        }

        Scenario after(Function<UUID, CaseEvent> earlier) {
            return new Scenario(policy, List.of(earlier), start, stop, limit, level1, action, level2);
        }

        /** 3 business days from Thursday 10:00 are Friday, Monday, Tuesday: level 2 on Tuesday 1 December. */
        Scenario onBusinessDaysLevel2At(Instant instant) {
            return new Scenario(policy, before, start, stop, limit, level1, action, instant);
        }

        @Override
        public String toString() {
            return policy.id();
        }
    }

    record Action(DeadlineAction action, CaseStatus expectedStatus) {
    }

    static Stream<Scenario> policies() {
        return Stream.of(
                scenario(SlaPolicy.FIRST_RESPONSE, Events::submitted,
                        id -> Events.reviewed(id, ReviewDecision.APPROVED), Duration.ofMinutes(30)),
                scenario(SlaPolicy.REVIEW_FEEDBACK, Events::submitted,
                        id -> Events.reviewed(id, ReviewDecision.APPROVED), Duration.ofDays(1)),
                scenario(SlaPolicy.QUALITY_PLAN, id -> Events.diagnosed(id, ProblemCategory.QUALITY_DEFECT),
                        id -> Events.remedyDecided(id, Remedy.RETURN_REFUND, true), Duration.ofHours(72)),
                scenario(SlaPolicy.LOGISTICS_SOLVED, id -> Events.diagnosed(id, ProblemCategory.LOGISTICS),
                        Events::resolved, Duration.ofHours(24)),
                scenario(SlaPolicy.MERCHANT_RESPONSE, Events::verificationRequested, Events::merchantResponded,
                        Duration.ofDays(5)).acting(DeadlineAction.AUTO_ACCEPT, CaseStatus.AWAITING_MERCHANT),
                scenario(SlaPolicy.CUSTOMER_SHIPS_RETURN, Events::returnAuthorized, Events::returnShipped,
                        Duration.ofDays(7)).acting(DeadlineAction.ABANDON, CaseStatus.AWAITING_RETURN),
                scenario(SlaPolicy.MERCHANT_CONFIRMS_RECEIPT, Events::returnShipped, Events::returnReceived,
                        Duration.ofDays(10)).acting(DeadlineAction.AUTO_REFUND, CaseStatus.RETURN_IN_TRANSIT),
                scenario(SlaPolicy.INSPECTION, Events::returnReceived,
                        id -> Events.inspected(id, InspectionResult.PASSED), Duration.ofDays(7)),
                scenario(SlaPolicy.REFUND_PAID, Events::refundRequested, Events::refundIssued, Duration.ofHours(24))
                        .escalatingFirstTo(ActorRole.FINANCE),
                scenario(SlaPolicy.REPAIR, Events::returnReceived,
                        id -> Events.repairProgressed(id, RepairStage.REPAIRED), Duration.ofDays(3))
                        .after(id -> Events.executionOrder(id, Remedy.REPAIR)).onBusinessDaysLevel2At(TUESDAY_NEXT),
                scenario(SlaPolicy.RESHIP, id -> Events.remedyDecided(id, Remedy.RESHIP, false),
                        Events::replacementShipped, Duration.ofDays(3)).onBusinessDaysLevel2At(TUESDAY_NEXT),
                scenario(SlaPolicy.COMPENSATION_PAID, Events::compensationApproved, Events::compensationPaid,
                        Duration.ofHours(24)),
                scenario(SlaPolicy.NEGATIVE_REVIEW_FOLLOW_UP, id -> Events.feedback(id, 2), Events::followUpCompleted,
                        Duration.ofHours(2)),
                scenario(SlaPolicy.UNRESOLVED, Events::submitted, Events::resolved, Duration.ofHours(48))
                        .acting(DeadlineAction.RAISE_PRIORITY, null),
                scenario(SlaPolicy.COMPLAINT, id -> Events.complaintFiled(id, complaintOf(id)),
                        id -> Events.complaintResolved(id, complaintOf(id)), Duration.ofHours(48)));
    }

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

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void itsStopEventInTimeMeetsTheDeadlineAndNothingFollows(Scenario scenario) {
        scenario.before().forEach(event -> monitor.publish(at(START.minusSeconds(60), event.apply(caseId))));
        monitor.publish(at(START, scenario.start().apply(caseId)));
        Instant stoppedAt = START.plus(scenario.limit().dividedBy(2));
        monitor.publish(at(stoppedAt, scenario.stop().apply(caseId)));

        Instant due = START.plus(scenario.limit());
        Instant warn = START.plus(scenario.limit().multipliedBy(4).dividedBy(5));
        assertThat(monitor.events(scenario.policy())).containsExactly(
                new SlaClockStarted(caseId, scenario.policy(), 1, START, due, warn, MONITOR),
                new SlaClockStopped(caseId, scenario.policy(), 1, stoppedAt, ClockOutcome.MET, MONITOR));

        monitor.advanceTo(START.plus(scenario.limit().multipliedBy(3)));
        assertThat(monitor.events(scenario.policy())).as("no warning, breach or action for a met deadline")
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void withoutItsStopEventTheHandlerIsWarnedThenTheLadderIsClimbedAndALateStopIsABreach(Scenario scenario) {
        SlaPolicy policy = scenario.policy();
        scenario.before().forEach(event -> monitor.publish(at(START.minusSeconds(60), event.apply(caseId))));
        monitor.publish(at(START, scenario.start().apply(caseId)));
        assertThat(monitor.events(policy)).singleElement().isInstanceOf(SlaClockStarted.class);
        Instant due = START.plus(scenario.limit());
        Instant warn = START.plus(scenario.limit().multipliedBy(4).dividedBy(5));

        monitor.advanceTo(warn.minusSeconds(1));
        assertThat(monitor.events(policy)).isEmpty();
        monitor.advance(Duration.ofSeconds(1));
        assertThat(monitor.events(policy)).containsExactly(
                new SlaWarning(caseId, policy, 1, due, ActorRole.AGENT, MONITOR));

        monitor.advanceTo(due.minusSeconds(1));
        assertThat(monitor.events(policy)).isEmpty();
        monitor.advance(Duration.ofSeconds(1));
        List<CaseEvent> atDeadline = new ArrayList<>();
        if (scenario.action() != null) {
            String actionId = SlaDeadlineAction.actionId(caseId, policy, 1, 1);
            atDeadline.add(new SlaDeadlineAction(caseId, actionId, scenario.action().action(), policy, 1,
                    scenario.action().expectedStatus(), due, MONITOR));
        }
        atDeadline.add(new SlaBreached(caseId, policy, 1, 1, due, scenario.level1(), MONITOR));
        assertThat(monitor.events(policy)).as("the action goes out first, with breach level 1")
                .containsExactlyElementsOf(atDeadline);

        Instant level2 = scenario.level2();
        monitor.advanceTo(level2.minusSeconds(1));
        assertThat(monitor.events(policy)).isEmpty();
        monitor.advance(Duration.ofSeconds(1));
        assertThat(monitor.events(policy)).containsExactly(
                new SlaBreached(caseId, policy, 1, 2, due, ActorRole.OPS_MANAGER, MONITOR));

        Instant lateStop = monitor.now().plusSeconds(30);
        monitor.publish(at(lateStop, scenario.stop().apply(caseId)));
        assertThat(monitor.events(policy)).containsExactly(
                new SlaClockStopped(caseId, policy, 1, lateStop, ClockOutcome.BREACHED, MONITOR));
        monitor.advance(scenario.limit().multipliedBy(3));
        assertThat(monitor.events(policy)).as("the ladder has two levels").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void aStopCancelsTheLevelStillPending(Scenario scenario) {
        SlaPolicy policy = scenario.policy();
        scenario.before().forEach(event -> monitor.publish(at(START.minusSeconds(60), event.apply(caseId))));
        monitor.publish(at(START, scenario.start().apply(caseId)));
        Instant due = START.plus(scenario.limit());
        monitor.advanceTo(due);
        assertThat(monitor.events(policy)).filteredOn(SlaBreached.class::isInstance).hasSize(1);

        monitor.publish(at(due.plusSeconds(1), scenario.stop().apply(caseId)));
        monitor.advanceTo(scenario.level2().plus(scenario.limit()));

        assertThat(monitor.events(policy)).containsExactly(
                new SlaClockStopped(caseId, policy, 1, due.plusSeconds(1), ClockOutcome.BREACHED, MONITOR));
    }

    private static Scenario scenario(SlaPolicy policy, Function<UUID, CaseEvent> start, Function<UUID, CaseEvent> stop,
                                     Duration limit) {
        return new Scenario(policy, List.of(), start, stop, limit, ActorRole.SUPERVISOR, null,
                START.plus(limit.multipliedBy(2)));
    }

    private static UUID complaintOf(UUID caseId) {
        return UUID.nameUUIDFromBytes(("complaint of " + caseId).getBytes(StandardCharsets.UTF_8));
    }
}
