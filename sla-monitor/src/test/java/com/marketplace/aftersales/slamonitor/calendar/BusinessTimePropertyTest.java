package com.marketplace.aftersales.slamonitor.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The business-time arithmetic against a brute-force reference that walks the calendar minute by minute: 2000 random
 * cases, reproducible. Starts are spread over 2026–2027 at any minute of the day, a third of them on or next to a public
 * holiday, make-up working day or weekend; limits are 1 to 10 business days; the warning point is a random share of the
 * limit (in whole minutes, so the reference can count it).
 *
 * <p>Each case carries its own seed in its name. To replay one: {@code -Dsla.calendar.property.seed=<master seed>}
 * gives the same 2000 cases (the default master seed is fixed, so every run checks the same cases unless told).
 */
class BusinessTimePropertyTest {

    private static final int CASES = 2000;
    private static final long DEFAULT_MASTER_SEED = 20261122L;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate FIRST = LocalDate.parse("2026-01-01");
    private static final LocalDate LAST = LocalDate.parse("2027-12-31");

    /** Room after the last start for 10 business days across the longest holiday. */
    private static final int DAYS_AFTER_LAST = 60;

    private final BusinessCalendar calendar = Calendars.shipped();
    /** Working or not, per day from {@link #FIRST}: the reference asks once per minute, so it must be cheap. */
    private final boolean[] workingDays = workingDays(calendar);

    record Case(long seed, LocalDateTime start, int businessDays, long warningMinutes) {

        static Case generate(long seed, List<LocalDate> specialDays) {
            Random random = new Random(seed);
            LocalDate day = random.nextInt(3) == 0
                    ? specialDays.get(random.nextInt(specialDays.size())).plusDays(random.nextInt(3) - 1)
                    : FIRST.plusDays(random.nextInt((int) (LAST.toEpochDay() - FIRST.toEpochDay() + 1)));
            int minuteOfDay = switch (random.nextInt(6)) {
                case 0 -> 0;                      // the very start of a day
                case 1 -> 24 * 60 - 1;            // its last minute
                default -> random.nextInt(24 * 60);
            };
            int businessDays = 1 + random.nextInt(10);
            long warningMinutes = 1 + random.nextInt(businessDays * 24 * 60 - 1);
            return new Case(seed, day.atStartOfDay().plusMinutes(minuteOfDay), businessDays, warningMinutes);
        }

        double warningFraction() {
            return (double) warningMinutes / (businessDays * 24 * 60);
        }

        @Override
        public String toString() {
            return "seed " + seed + ": start " + start + " (" + start.getDayOfWeek() + ") Shanghai, " + businessDays
                    + " business days, warning at " + warningMinutes + " business minutes";
        }
    }

    @TestFactory
    Stream<DynamicTest> deadlinesAndWarningPointsMatchAMinuteByMinuteWalkOverTheCalendar() {
        long master = Long.getLong("sla.calendar.property.seed", DEFAULT_MASTER_SEED);
        List<LocalDate> specialDays = specialDays();
        return IntStream.range(0, CASES).mapToObj(i -> Case.generate(master * 1_000_003L + i, specialDays))
                .map(c -> DynamicTest.dynamicTest(c.toString(), () -> check(c)));
    }

    private void check(Case c) {
        Instant start = c.start().atZone(SHANGHAI).toInstant();
        Duration limit = Duration.ofDays(c.businessDays());
        // As ClockTiming computes the warning point: the limit in milliseconds times the fraction, rounded.
        Duration warning = Duration.ofMillis(Math.round(limit.toMillis() * c.warningFraction()));

        Instant due = calendar.plus(start, limit);
        Instant warn = calendar.plus(start, warning);

        assertThat(local(due)).as("deadline of %s", c).isEqualTo(walk(c.start(), c.businessDays() * 24L * 60));
        assertThat(local(warn)).as("warning point of %s", c).isEqualTo(walk(c.start(), c.warningMinutes()));
        assertThat(calendar.between(start, due)).as("business time to the deadline of %s", c).isEqualTo(limit);
        assertThat(calendar.between(start, warn)).as("business time to the warning of %s", c).isEqualTo(warning);
        assertThat(calendar.isWorkingDay(local(due).toLocalDate())).as("%s ends on a working day", c).isTrue();
    }

    /**
     * The reference: step one minute at a time from the start, counting the minutes that lie on working days, and stop at
     * the first minute of a working day by which {@code minutes} have been counted. Local time of Shanghai, which has no
     * daylight saving, so local minutes are real minutes.
     */
    private LocalDateTime walk(LocalDateTime start, long minutes) {
        long at = start.toEpochSecond(ZoneOffset.UTC) / 60;
        long counted = 0;
        while (true) {
            boolean working = working(Math.floorDiv(at, 24 * 60));
            if (working && counted >= minutes) {
                return LocalDateTime.ofEpochSecond(at * 60, 0, ZoneOffset.UTC);
            }
            if (working) {
                counted++;
            }
            at++;
        }
    }

    private boolean working(long epochDay) {
        int offset = (int) (epochDay - FIRST.toEpochDay());
        return offset >= 0 ? workingDays[offset] : calendar.isWorkingDay(LocalDate.ofEpochDay(epochDay));
    }

    private static boolean[] workingDays(BusinessCalendar calendar) {
        boolean[] working = new boolean[(int) (LAST.toEpochDay() - FIRST.toEpochDay()) + 1 + DAYS_AFTER_LAST];
        for (int offset = 0; offset < working.length; offset++) {
            working[offset] = calendar.isWorkingDay(FIRST.plusDays(offset));
        }
        return working;
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, SHANGHAI);
    }

    /** Holidays and make-up days of the shipped files, and the weekends of 2026–2027. */
    private static List<LocalDate> specialDays() {
        List<LocalDate> days = new ArrayList<>();
        for (CalendarYear year : CalendarLoader.load("classpath:calendars/cn-mainland-*.calendar")) {
            days.addAll(year.daysOff());
            days.addAll(year.workingDays());
        }
        FIRST.datesUntil(LAST.plusDays(1)).filter(d -> d.getDayOfWeek().getValue() >= 6).forEach(days::add);
        days.sort(null);
        return days;
    }
}
