package com.marketplace.aftersales.slamonitor.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One year of a business calendar as a calendar file declares it.
 *
 * @param daysOff     public holidays and the days moved next to them (also those on a weekend: harmless)
 * @param workingDays make-up working days: days that would be off (usually a weekend) but are worked
 * @param source      the file it came from, for logs and errors
 */
public record CalendarYear(int year, Status status, Set<LocalDate> daysOff, Set<LocalDate> workingDays,
                           String source) {

    /** Whether the year's arrangement is the published one or a stand-in until it is. */
    public enum Status {
        /** The government's published arrangement. */
        OFFICIAL,
        /** Not published yet: only what is certain (fixed-date statutory days); replace the file once it is. */
        PROVISIONAL
    }

    public CalendarYear {
        Objects.requireNonNull(status, "status");
        daysOff = Set.copyOf(daysOff);
        workingDays = Set.copyOf(workingDays);
    }
}
