package com.marketplace.aftersales.slamonitor.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The business-day rules of the README, with the calendar the monitor ships (mainland China, Asia/Shanghai). Every
 * instant is written as Shanghai local time.
 */
class BusinessCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Duration ONE_DAY = Duration.ofDays(1);
    private final BusinessCalendar calendar = Calendars.shipped();

    @Test
    void weekendsHolidaysAndMakeUpWorkingDaysOf2026AreTheStateCouncils() {
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-11-20"))).as("a Friday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-11-21"))).as("a Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-01"))).as("National Day, a Thursday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-10"))).as("make-up Saturday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-14"))).as("make-up Saturday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-23"))).as("Spring Festival, a Monday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-01-04"))).as("make-up Sunday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-01"))).as("provisional 2027: New Year").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2028-03-01"))).as("no file: weekdays work").isTrue();
    }

    @Test
    void oneBusinessDayFromFridayAfternoonEndsOnMondayAtTheSameTime() {
        assertThat(plus("2026-11-20T15:00", ONE_DAY)).isEqualTo("2026-11-23T15:00");
    }

    @Test
    void theWarningPointIsEightyPercentOfTheBusinessTime() {
        // 19.2 h of business time: Friday 15:00 to midnight is 9 h, Monday from midnight 10.2 h more
        assertThat(plus("2026-11-20T15:00", Duration.ofMinutes(Math.round(24 * 60 * 0.8)))).isEqualTo("2026-11-23T10:12");
    }

    @Test
    void aPublicHolidayDoesNotCount() {
        // Wednesday 30 September, then National Day 1–7 October; Thursday the 8th is the next working day
        assertThat(plus("2026-09-30T10:00", ONE_DAY)).isEqualTo("2026-10-08T10:00");
        // Spring Festival: Friday 13 February, make-up Saturday the 14th, then off until Monday the 23rd
        assertThat(plus("2026-02-13T10:00", ONE_DAY)).isEqualTo("2026-02-14T10:00");
        assertThat(plus("2026-02-13T10:00", Duration.ofDays(2))).isEqualTo("2026-02-24T10:00");
    }

    @Test
    void aMakeUpWorkingDayCounts() {
        // Friday 9 October + 3 business days: Saturday 10 October (make-up), Monday 12, Tuesday 13
        assertThat(plus("2026-10-09T10:00", Duration.ofDays(3))).isEqualTo("2026-10-13T10:00");
        // New Year's Eve 2025 + 1: 1–3 January 2026 off, Sunday the 4th worked
        assertThat(plus("2025-12-31T10:00", ONE_DAY)).isEqualTo("2026-01-04T10:00");
    }

    @Test
    void aClockStartedOnANonWorkingDayCountsFromTheStartOfTheNextWorkingDay() {
        assertThat(plus("2026-10-03T14:00", ONE_DAY)).as("National Day").isEqualTo("2026-10-09T00:00");
        assertThat(plus("2026-11-21T14:00", ONE_DAY)).as("a Saturday").isEqualTo("2026-11-24T00:00");
        assertThat(plus("2026-11-21T14:00", Duration.ZERO)).isEqualTo("2026-11-23T00:00");
    }

    @Test
    void businessTimeRunningOutAtTheEndOfAWorkingDayEndsAtTheStartOfTheNextOne() {
        // Thursday 00:00 + 2: Thursday and Friday used up at Friday midnight; the deadline is Monday 00:00
        assertThat(plus("2026-11-19T00:00", Duration.ofDays(2))).isEqualTo("2026-11-23T00:00");
        // ... unless the Saturday is a make-up working day
        assertThat(plus("2026-10-08T00:00", Duration.ofDays(2))).isEqualTo("2026-10-10T00:00");
    }

    @Test
    void the2027CalendarIsProvisionalWithTheFixedDateHolidaysOnly() {
        assertThat(calendar.coveredYears()).containsEntry(2026, CalendarYear.Status.OFFICIAL)
                .containsEntry(2027, CalendarYear.Status.PROVISIONAL);
        assertThat(plus("2026-12-31T10:00", ONE_DAY)).as("1 January 2027, a Friday, then the weekend")
                .isEqualTo("2027-01-04T10:00");
        assertThat(plus("2027-09-30T10:00", ONE_DAY)).as("National Day 1–3 October 2027, Friday to Sunday")
                .isEqualTo("2027-10-04T10:00");
    }

    @Test
    void businessTimeBetweenTwoInstantsSkipsNonWorkingDays() {
        assertThat(between("2026-11-20T15:00", "2026-11-23T15:00")).isEqualTo(ONE_DAY);
        assertThat(between("2026-09-30T10:00", "2026-10-10T10:00")).as("14 h + 8 October + 9 October + 10 h")
                .isEqualTo(Duration.ofHours(14 + 48 + 10));
        assertThat(between("2026-10-03T10:00", "2026-10-05T10:00")).isZero();
        assertThat(between("2026-11-23T15:00", "2026-11-20T15:00")).as("backwards").isZero();
    }

    @Test
    void theWallClockCountsEveryHour() {
        Instant friday = at("2026-11-20T15:00");
        assertThat(PolicyCalendar.WALL_CLOCK.plus(friday, ONE_DAY)).isEqualTo(at("2026-11-21T15:00"));
        assertThat(PolicyCalendar.WALL_CLOCK.between(friday, at("2026-11-23T15:00"))).isEqualTo(Duration.ofDays(3));
    }

    private String plus(String local, Duration amount) {
        return LocalDateTime.ofInstant(calendar.plus(at(local), amount), SHANGHAI).toString();
    }

    private Duration between(String from, String to) {
        return calendar.between(at(from), at(to));
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }
}
