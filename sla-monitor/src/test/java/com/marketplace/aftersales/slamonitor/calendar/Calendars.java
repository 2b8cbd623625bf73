package com.marketplace.aftersales.slamonitor.calendar;

import com.marketplace.aftersales.slamonitor.SlaProperties;

/** The calendar the monitor ships with, read as production reads it (default location, zone and weekdays). */
public final class Calendars {

    private static final BusinessCalendar SHIPPED = load(new SlaProperties.Calendar(null, null, null));

    private Calendars() {
    }

    /** Mainland China, Asia/Shanghai, Monday to Friday, the 2026 and 2027 files in {@code resources/calendars}. */
    public static BusinessCalendar shipped() {
        return SHIPPED;
    }

    public static BusinessCalendar load(SlaProperties.Calendar settings) {
        return new BusinessCalendar(settings.zone(), settings.workingDays(), CalendarLoader.load(settings.location()));
    }
}
