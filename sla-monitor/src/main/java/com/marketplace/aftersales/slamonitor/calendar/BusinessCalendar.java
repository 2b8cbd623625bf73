package com.marketplace.aftersales.slamonitor.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Business time on working days (the rules are in the README, "Business-day rules"). Time is measured on the local clock
 * of the calendar's zone, so "N business days" lands on the same local time of day on the N-th following working day
 * even in a zone with daylight saving. A deadline never lies on a non-working day: business time that runs out exactly at
 * the end of a working day ends at the start of the next one.
 */
public final class BusinessCalendar implements PolicyCalendar {

    private static final Logger log = LoggerFactory.getLogger(BusinessCalendar.class);
    /** No calendar keeps people off work for ten years; a search that long means the configuration is broken. */
    private static final int MAX_DAYS_TO_NEXT_WORKING_DAY = 3660;

    private final ZoneId zone;
    private final Set<DayOfWeek> workingWeekdays;
    private final Map<Integer, CalendarYear> years;
    private final Set<Integer> uncoveredYearsWarned = ConcurrentHashMap.newKeySet();

    public BusinessCalendar(ZoneId zone, Set<DayOfWeek> workingWeekdays, Collection<CalendarYear> years) {
        if (workingWeekdays.isEmpty()) {
            throw new IllegalArgumentException("aftersales.sla.calendar.working-days: at least one weekday must be worked");
        }
        this.zone = zone;
        this.workingWeekdays = EnumSet.copyOf(workingWeekdays);
        this.years = years.stream().collect(Collectors.toMap(CalendarYear::year, Function.identity(), (a, b) -> {
            throw new IllegalArgumentException("Two calendars for " + a.year() + ": " + a.source() + ", " + b.source());
        }, TreeMap::new));
    }

    public ZoneId zone() {
        return zone;
    }

    /** The years a calendar file covers, with their status, for the start-up log. */
    public Map<Integer, CalendarYear.Status> coveredYears() {
        Map<Integer, CalendarYear.Status> covered = new TreeMap<>();
        years.forEach((year, data) -> covered.put(year, data.status()));
        return covered;
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarYear year = years.get(date.getYear());
        if (year == null) {
            warnUncovered(date.getYear());
        } else if (year.workingDays().contains(date)) {
            return true;
        } else if (year.daysOff().contains(date)) {
            return false;
        }
        return workingWeekdays.contains(date.getDayOfWeek());
    }

    @Override
    public Instant plus(Instant from, Duration amount) {
        Duration left = amount.isNegative() ? Duration.ZERO : amount;
        LocalDateTime at = LocalDateTime.ofInstant(from, zone);
        if (!isWorkingDay(at.toLocalDate())) {
            at = nextWorkingDay(at.toLocalDate()).atStartOfDay(); // rule 3: counting starts with the next working day
        }
        while (true) {
            Duration restOfDay = Duration.between(at, at.toLocalDate().plusDays(1).atStartOfDay());
            if (left.compareTo(restOfDay) < 0) {
                return toInstant(at.plus(left));
            }
            left = left.minus(restOfDay);
            at = nextWorkingDay(at.toLocalDate()).atStartOfDay();
            if (left.isZero()) {
                return toInstant(at); // rule 4: exhausted at a day's end → the start of the next working day
            }
        }
    }

    @Override
    public Duration between(Instant from, Instant to) {
        LocalDateTime start = LocalDateTime.ofInstant(from, zone);
        LocalDateTime end = LocalDateTime.ofInstant(to, zone);
        Duration total = Duration.ZERO;
        for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            LocalDateTime dayStart = day.atStartOfDay();
            LocalDateTime dayEnd = day.plusDays(1).atStartOfDay();
            LocalDateTime overlapStart = start.isAfter(dayStart) ? start : dayStart;
            LocalDateTime overlapEnd = end.isBefore(dayEnd) ? end : dayEnd;
            if (overlapEnd.isAfter(overlapStart)) {
                total = total.plus(Duration.between(overlapStart, overlapEnd));
            }
        }
        return total;
    }

    private LocalDate nextWorkingDay(LocalDate after) {
        LocalDate day = after.plusDays(1);
        for (int i = 0; i < MAX_DAYS_TO_NEXT_WORKING_DAY; i++, day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                return day;
            }
        }
        throw new IllegalStateException("No working day within ten years after " + after + ": check the calendar");
    }

    private Instant toInstant(LocalDateTime local) {
        // A local time inside a daylight-saving gap moves forward by the gap, which is what "the same time of day" can
        // mean on such a day. Asia/Shanghai has none.
        return local.atZone(zone).toInstant();
    }

    private void warnUncovered(int year) {
        if (uncoveredYearsWarned.add(year)) {
            log.warn("No business calendar for {}: counting only {} as working days, no public holidays. Add a "
                    + "calendar file for {} (aftersales.sla.calendar.location)", year, workingWeekdays, year);
        }
    }

    @Override
    public String toString() {
        return "business days in " + zone + " (" + workingWeekdays + ", calendars " + coveredYears() + ")";
    }
}
