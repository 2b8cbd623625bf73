package com.marketplace.aftersales.slamonitor.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.aftersales.slamonitor.SlaProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calendar files: what they hold, what is refused, and that another set of files replaces the shipped one. */
class CalendarFilesTest {

    @TempDir
    Path dir;

    @Test
    void theShipped2026FileHoldsTheStateCouncilsThirtyThreeDaysOffAndSixMakeUpDays() {
        CalendarYear year2026 = CalendarLoader.load(SlaProperties.Calendar.DEFAULT_LOCATION).stream()
                .filter(year -> year.year() == 2026).findFirst().orElseThrow();

        // 3 + 9 + 3 + 5 + 3 + 3 + 7 days off (the notice's 共N天), 1 + 2 + 1 + 2 make-up working days
        assertThat(year2026.daysOff()).hasSize(33);
        assertThat(year2026.workingDays()).containsExactlyInAnyOrder(LocalDate.parse("2026-01-04"),
                LocalDate.parse("2026-02-14"), LocalDate.parse("2026-02-28"), LocalDate.parse("2026-05-09"),
                LocalDate.parse("2026-09-20"), LocalDate.parse("2026-10-10"));
        assertThat(year2026.workingDays()).as("make-up days fall on weekends")
                .allSatisfy(day -> assertThat(day.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        assertThat(year2026.status()).isEqualTo(CalendarYear.Status.OFFICIAL);
    }

    @Test
    void anotherLocationReplacesTheShippedCalendar() throws IOException {
        Files.writeString(dir.resolve("hk-2026.calendar"), """
                year 2026
                status official
                off 2026-12-25..2026-12-26   Christmas
                """);

        BusinessCalendar replaced = Calendars.load(new SlaProperties.Calendar(ZoneId.of("Asia/Hong_Kong"),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), "file:" + dir + "/*.calendar"));

        assertThat(replaced.isWorkingDay(LocalDate.parse("2026-10-01"))).as("not a holiday there").isTrue();
        assertThat(replaced.isWorkingDay(LocalDate.parse("2026-12-25"))).isFalse();
        assertThat(replaced.isWorkingDay(LocalDate.parse("2026-11-21"))).as("Saturdays are worked").isTrue();
        assertThat(replaced.zone()).isEqualTo(ZoneId.of("Asia/Hong_Kong"));
    }

    @Test
    void aLocationMatchingNoFileOrTwoFilesForOneYearStopsTheStart() throws IOException {
        assertThatThrownBy(() -> CalendarLoader.load("file:" + dir + "/*.calendar"))
                .hasMessageContaining("no calendar file matches");

        Files.writeString(dir.resolve("a.calendar"), "year 2026\nstatus official\n");
        Files.writeString(dir.resolve("b.calendar"), "year 2026\nstatus provisional\n");
        assertThatThrownBy(() -> CalendarLoader.load("file:" + dir + "/*.calendar"))
                .hasMessageContaining("Two calendar files declare 2026");
    }

    @Test
    void aMalformedLineIsRefusedWithItsFileAndLine() {
        assertThatThrownBy(() -> parse("year 2026", "status official", "holiday 2026-10-01"))
                .hasMessageContaining("test.calendar:3").hasMessageContaining("unknown keyword 'holiday'");
        assertThatThrownBy(() -> parse("year 2026", "status official", "off 2027-01-01"))
                .hasMessageContaining("test.calendar:3").hasMessageContaining("not in 2026");
        assertThatThrownBy(() -> parse("year 2026", "status official", "off 2026-10-07..2026-10-01"))
                .hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> parse("year 2026", "status official", "off 2026-10-10", "work 2026-10-10"))
                .hasMessageContaining("both off and work");
        assertThatThrownBy(() -> parse("year 2026", "status maybe"))
                .hasMessageContaining("'official' or 'provisional'");
        assertThatThrownBy(() -> parse("status official", "off 2026-10-01"))
                .hasMessageContaining("declare 'year' before any date");
        assertThatThrownBy(() -> parse("year 2026")).hasMessageContaining("needs 'year' and 'status'");
    }

    @Test
    void commentsLabelsAndRangesAreRead() {
        CalendarYear year = parse("# a comment", "year 2026 # the year", "status provisional",
                "off 2026-10-01..2026-10-03  National Day 国庆节", "work 2026-10-10 make-up # note");

        assertThat(year.daysOff()).containsExactlyInAnyOrder(LocalDate.parse("2026-10-01"),
                LocalDate.parse("2026-10-02"), LocalDate.parse("2026-10-03"));
        assertThat(year.workingDays()).containsExactly(LocalDate.parse("2026-10-10"));
        assertThat(year.status()).isEqualTo(CalendarYear.Status.PROVISIONAL);
    }

    private static CalendarYear parse(String... lines) {
        return CalendarFileParser.parse("test.calendar", List.of(lines));
    }
}
