package com.marketplace.aftersales.slamonitor.topology;

import static com.marketplace.aftersales.contracts.sla.SlaPolicy.COMPLAINT;
import static com.marketplace.aftersales.contracts.sla.SlaPolicy.INSPECTION;
import static com.marketplace.aftersales.contracts.sla.SlaPolicy.LOGISTICS_SOLVED;
import static com.marketplace.aftersales.contracts.sla.SlaPolicy.MERCHANT_RESPONSE;
import static com.marketplace.aftersales.contracts.sla.SlaPolicy.NEGATIVE_REVIEW_FOLLOW_UP;
import static com.marketplace.aftersales.contracts.sla.SlaPolicy.QUALITY_PLAN;
import static com.marketplace.aftersales.contracts.sla.SlaPolicy.REFUND_PAID;
import static com.marketplace.aftersales.contracts.sla.SlaPolicy.REPAIR;
import static com.marketplace.aftersales.contracts.sla.SlaPolicy.RESHIP;
import static com.marketplace.aftersales.slamonitor.Events.at;
import static com.marketplace.aftersales.slamonitor.Events.closed;
import static com.marketplace.aftersales.slamonitor.Events.complaintFiled;
import static com.marketplace.aftersales.slamonitor.Events.complaintResolved;
import static com.marketplace.aftersales.slamonitor.Events.diagnosed;
import static com.marketplace.aftersales.slamonitor.Events.executionOrder;
import static com.marketplace.aftersales.slamonitor.Events.feedback;
import static com.marketplace.aftersales.slamonitor.Events.followUpCompleted;
import static com.marketplace.aftersales.slamonitor.Events.inspected;
import static com.marketplace.aftersales.slamonitor.Events.refundRequested;
import static com.marketplace.aftersales.slamonitor.Events.remedyDecided;
import static com.marketplace.aftersales.slamonitor.Events.returnReceived;
import static com.marketplace.aftersales.slamonitor.Events.verificationRequested;
import static com.marketplace.aftersales.slamonitor.Events.withdrawn;
import static com.marketplace.aftersales.slamonitor.topology.MonitorHarness.START;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.ProblemCategory;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.fulfillment.InspectionResult;
import com.marketplace.aftersales.contracts.sla.ClockOutcome;
import com.marketplace.aftersales.contracts.sla.SlaBreached;
import com.marketplace.aftersales.contracts.sla.SlaClockStarted;
import com.marketplace.aftersales.contracts.sla.SlaClockStopped;
import com.marketplace.aftersales.slamonitor.SlaProperties;
import com.marketplace.aftersales.slamonitor.clocks.ClockStores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conditions of contracts §4 beyond "this event starts, that one stops", one test each. */
class PolicyRulesTopologyTest {

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
    void onlyAQualityDefectGetsAPlanClockAndOnlyALogisticsProblemASolvedClock() {
        monitor.publish(at(START, diagnosed(caseId, ProblemCategory.NOT_AS_DESCRIBED)));
        assertThat(monitor.events(QUALITY_PLAN, LOGISTICS_SOLVED)).isEmpty();

        UUID logistics = UUID.randomUUID();
        monitor.publish(at(START, diagnosed(logistics, ProblemCategory.LOGISTICS)));
        assertThat(monitor.published(QUALITY_PLAN, LOGISTICS_SOLVED)).extracting(MonitorHarness.Published::policy)
                .containsExactly(LOGISTICS_SOLVED);
    }

    @Test
    void aReceiptStartsTheRepairClockOnlyForARepair() {
        monitor.publish(at(START.minusSeconds(60), executionOrder(caseId, Remedy.RETURN_REFUND)));
        monitor.publish(at(START, returnReceived(caseId)));
        assertThat(monitor.published(INSPECTION, REPAIR)).extracting(MonitorHarness.Published::policy)
                .containsExactly(INSPECTION);

        UUID repair = UUID.randomUUID();
        monitor.publish(at(START.minusSeconds(60), executionOrder(repair, Remedy.REPAIR)));
        monitor.publish(at(START, returnReceived(repair)));
        assertThat(monitor.published(INSPECTION, REPAIR)).extracting(MonitorHarness.Published::policy)
                .containsExactlyInAnyOrder(INSPECTION, REPAIR);
    }

    @Test
    void anExchangeThatNeedsTheGoodsBackIsShippedWithinThreeBusinessDaysOfThePassedInspection() {
        monitor.publish(at(START, remedyDecided(caseId, Remedy.EXCHANGE, true)));
        assertThat(monitor.events(RESHIP)).as("not before the goods are back and inspected").isEmpty();

        Instant inspectedAt = START.plus(Duration.ofDays(9));
        monitor.publish(at(inspectedAt, inspected(caseId, InspectionResult.PASSED)));
        // Wednesday 2 December 10:00 + 3 business days: Monday the 7th 10:00; warning after 57.6 h of business time
        // (Wednesday 14 h, Thursday 24 h, Friday 19.6 h): Friday 19:36, both Shanghai time
        assertThat(monitor.events(RESHIP)).containsExactly(new SlaClockStarted(caseId, RESHIP, 1, inspectedAt,
                Instant.parse("2026-12-07T02:00:00Z"), Instant.parse("2026-12-04T11:36:00Z"), MONITOR));

        UUID failed = UUID.randomUUID();
        monitor.publish(at(START, remedyDecided(failed, Remedy.EXCHANGE, true)));
        monitor.publish(at(inspectedAt, inspected(failed, InspectionResult.FAILED)));
        assertThat(monitor.events(RESHIP)).as("a failed inspection ships nothing").isEmpty();
    }

    @Test
    void aNegativeRatingsFollowUpOutlivesTheCaseClosedByTheRating() {
        monitor.publish(at(START, feedback(UUID.randomUUID(), 3)));
        assertThat(monitor.events(NEGATIVE_REVIEW_FOLLOW_UP)).as("a rating of 3 is not negative").isEmpty();

        monitor.publish(at(START, feedback(caseId, 1)));
        monitor.publish(at(START, closed(caseId)));
        Instant due = START.plus(Duration.ofHours(2));
        assertThat(monitor.events(NEGATIVE_REVIEW_FOLLOW_UP)).singleElement().isInstanceOf(SlaClockStarted.class);

        monitor.advanceTo(due);
        assertThat(monitor.events(NEGATIVE_REVIEW_FOLLOW_UP)).filteredOn(SlaBreached.class::isInstance)
                .containsExactly(new SlaBreached(caseId, NEGATIVE_REVIEW_FOLLOW_UP, 1, 1, due, ActorRole.SUPERVISOR,
                        MONITOR));
        monitor.publish(at(due.plusSeconds(60), followUpCompleted(caseId)));
        assertThat(monitor.events(NEGATIVE_REVIEW_FOLLOW_UP)).containsExactly(new SlaClockStopped(caseId,
                NEGATIVE_REVIEW_FOLLOW_UP, 1, due.plusSeconds(60), ClockOutcome.BREACHED, MONITOR));
    }

    @Test
    void complaintsAreTimedOneByOneAlsoAfterTheCaseEndedAndAnEndDoesNotStopThem() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        monitor.publish(at(START, complaintFiled(caseId, first)));
        monitor.publish(at(START.plusSeconds(60), withdrawn(caseId)));
        monitor.publish(at(START.plusSeconds(120), complaintFiled(caseId, second)));
        monitor.publish(at(START.plusSeconds(180), complaintResolved(caseId, first)));

        assertThat(monitor.events(COMPLAINT)).extracting(Object::getClass).extracting(Class::getSimpleName)
                .containsExactly("SlaClockStarted", "SlaClockStarted", "SlaClockStopped");
        monitor.advanceTo(START.plusSeconds(120).plus(Duration.ofHours(48)));
        assertThat(monitor.events(COMPLAINT)).filteredOn(SlaBreached.class::isInstance).singleElement()
                .isEqualTo(new SlaBreached(caseId, COMPLAINT, 2, 1, START.plusSeconds(120).plus(Duration.ofHours(48)),
                        ActorRole.SUPERVISOR, MONITOR));
    }

    @Test
    void anEndedCaseIsKeptWhileAClockThatOutlivesItStillRunsAndForgottenOnceItStopped() {
        monitor.publish(at(START, feedback(caseId, 2)));
        monitor.publish(at(START, closed(caseId)));
        var cases = monitor.store(ClockStores.STANDARD.caseClocks());

        monitor.advanceTo(START.plus(Duration.ofDays(31)));
        assertThat(cases.get(caseId.toString())).as("the follow-up clock is still open").isNotNull();

        monitor.publish(at(monitor.now(), followUpCompleted(caseId)));
        monitor.advanceTo(START.plus(Duration.ofDays(62)));
        assertThat(cases.get(caseId.toString())).isNull();
    }

    @Test
    void aSecondRefundRequestDoesNotRestartTheClockOfTheFirst() {
        monitor.publish(at(START, refundRequested(caseId)));
        monitor.publish(at(START.plus(Duration.ofHours(20)), refundRequested(caseId)));

        assertThat(monitor.events(REFUND_PAID)).singleElement().isInstanceOfSatisfying(SlaClockStarted.class,
                started -> assertThat(started.dueAt()).isEqualTo(START.plus(Duration.ofHours(24))));
    }

    @Test
    void aCaseEndingAfterADeadlinePassedStopsThatClockAsBreachedNotCancelled() {
        monitor.publish(at(START, verificationRequested(caseId)));
        monitor.advanceTo(START.plus(Duration.ofDays(5)));
        monitor.events(MERCHANT_RESPONSE);

        Instant endedAt = START.plus(Duration.ofDays(5)).plusSeconds(10);
        monitor.publish(at(endedAt, withdrawn(caseId)));
        assertThat(monitor.events(MERCHANT_RESPONSE)).containsExactly(
                new SlaClockStopped(caseId, MERCHANT_RESPONSE, 1, endedAt, ClockOutcome.BREACHED, MONITOR));
    }
}
