package com.marketplace.aftersales.slamonitor.topology;

import static com.marketplace.aftersales.contracts.sla.SlaPolicy.REPAIR;
import static com.marketplace.aftersales.contracts.sla.SlaPolicy.RESHIP;
import static com.marketplace.aftersales.contracts.sla.SlaPolicy.REVIEW_FEEDBACK;
import static com.marketplace.aftersales.slamonitor.Events.at;
import static com.marketplace.aftersales.slamonitor.Events.executionOrder;
import static com.marketplace.aftersales.slamonitor.Events.remedyDecided;
import static com.marketplace.aftersales.slamonitor.Events.returnReceived;
import static com.marketplace.aftersales.slamonitor.Events.submitted;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.sla.SlaBreached;
import com.marketplace.aftersales.contracts.sla.SlaClockStarted;
import com.marketplace.aftersales.contracts.sla.SlaWarning;
import com.marketplace.aftersales.slamonitor.SlaProperties;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The business-day policies in the running topology, on the shipped calendar: weekends, public holidays and make-up
 * working days move their deadlines and warning points; the time scale shrinks what the real calendar gives. Times are
 * Shanghai local time.
 */
class BusinessDayTopologyTest {

    private static final Actor MONITOR = Actor.system("sla-monitor");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path stateDir;
    private MonitorHarness monitor;
    private final UUID caseId = UUID.randomUUID();

    @AfterEach
    void stop() {
        monitor.close();
    }

    @Test
    void aRequestOnFridayAfternoonIsReviewedByMondayAtTheSameTimeAndNoTimerFiresOverTheWeekend() {
        Instant friday = shanghai("2026-11-20T15:00");
        monitor = new MonitorHarness(SlaProperties.defaults(), stateDir, StoreType.IN_MEMORY, friday);
        monitor.publish(at(friday, submitted(caseId)));
        Instant due = shanghai("2026-11-23T15:00");
        Instant warn = shanghai("2026-11-23T10:12");

        assertThat(monitor.events(REVIEW_FEEDBACK)).containsExactly(
                new SlaClockStarted(caseId, REVIEW_FEEDBACK, 1, friday, due, warn, MONITOR));
        monitor.advanceTo(warn.minusSeconds(1));
        assertThat(monitor.events(REVIEW_FEEDBACK)).as("Saturday and Sunday do not count").isEmpty();
        monitor.advance(Duration.ofSeconds(1));
        assertThat(monitor.events(REVIEW_FEEDBACK)).containsExactly(
                new SlaWarning(caseId, REVIEW_FEEDBACK, 1, due, ActorRole.AGENT, MONITOR));
        monitor.advanceTo(due);
        assertThat(monitor.events(REVIEW_FEEDBACK)).containsExactly(
                new SlaBreached(caseId, REVIEW_FEEDBACK, 1, 1, due, ActorRole.SUPERVISOR, MONITOR));
    }

    @Test
    void aReshipDecidedBeforeNationalDayIsDueOnTheMakeUpSaturdayAfterIt() {
        Instant decided = shanghai("2026-09-30T10:00");
        monitor = new MonitorHarness(SlaProperties.defaults(), stateDir, StoreType.IN_MEMORY, decided);
        monitor.publish(at(decided, remedyDecided(caseId, Remedy.RESHIP, false)));

        // 1–7 October off; Thursday 8, Friday 9 and Saturday 10 (make-up) are the three business days
        assertThat(monitor.events(RESHIP)).singleElement().isInstanceOfSatisfying(SlaClockStarted.class,
                started -> assertThat(started.dueAt()).isEqualTo(shanghai("2026-10-10T10:00")));
        monitor.advanceTo(shanghai("2026-10-07T23:59"));
        assertThat(monitor.events(RESHIP)).as("not even the warning during the holiday").isEmpty();
    }

    @Test
    void aRepairReceivedOnAHolidayCountsFromTheNextWorkingDaysStart() {
        Instant received = shanghai("2026-10-03T14:00");
        monitor = new MonitorHarness(SlaProperties.defaults(), stateDir, StoreType.IN_MEMORY, received);
        monitor.publish(at(received.minusSeconds(3600), executionOrder(caseId, Remedy.REPAIR)));
        monitor.publish(at(received, returnReceived(caseId)));

        // Counted from Thursday 8 October 00:00: the 8th, the 9th and Saturday the 10th (make-up) are used up at the end
        // of the 10th; Sunday is off, so the deadline is the start of Monday the 12th — the same time of day (00:00) on
        // the third working day after the 8th.
        assertThat(monitor.events(REPAIR)).singleElement().isInstanceOfSatisfying(SlaClockStarted.class,
                started -> assertThat(started.dueAt()).isEqualTo(shanghai("2026-10-12T00:00")));
    }

    @Test
    void theTimeScaleShrinksTheSpanTheRealCalendarGivesWeekendIncluded() {
        Instant friday = shanghai("2026-11-20T15:00");
        monitor = new MonitorHarness(SlaProperties.defaults().withTimeScale(0.001)
                .withPunctuationInterval(Duration.ofMillis(100)), stateDir, StoreType.IN_MEMORY, friday);
        monitor.publish(at(friday, submitted(caseId)));

        // Monday 15:00 is 72 h away on the real calendar: 259.2 s at 1/1000
        Instant due = friday.plusMillis(259_200);
        assertThat(monitor.events(REVIEW_FEEDBACK)).singleElement().isInstanceOfSatisfying(SlaClockStarted.class,
                started -> assertThat(started.dueAt()).isEqualTo(due));
        monitor.advanceTo(due.minusMillis(100));
        assertThat(monitor.events(REVIEW_FEEDBACK)).filteredOn(SlaBreached.class::isInstance).isEmpty();
        monitor.advance(Duration.ofMillis(100));
        assertThat(monitor.events(REVIEW_FEEDBACK)).singleElement().isInstanceOf(SlaBreached.class);
    }

    private static Instant shanghai(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }
}
