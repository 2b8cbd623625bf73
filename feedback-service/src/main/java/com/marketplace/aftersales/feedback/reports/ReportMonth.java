package com.marketplace.aftersales.feedback.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A calendar month of the report's time zone: the period a monthly figure covers. An event belongs to the month its
 * own time (when it happened, not when it was read) falls into in this zone.
 */
public record ReportMonth(YearMonth month, ZoneId zone) {

    public ReportMonth {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(zone, "zone");
    }

    public static ReportMonth of(Instant at, ZoneId zone) {
        return new ReportMonth(YearMonth.from(at.atZone(zone)), zone);
    }

    /** The key the figures are stored under: the month's first day. */
    public LocalDate firstDay() {
        return month.atDay(1);
    }

    /** Inclusive. */
    public OffsetDateTime start() {
        return month.atDay(1).atStartOfDay(zone).toOffsetDateTime();
    }

    /** Exclusive: the start of the next month. */
    public OffsetDateTime end() {
        return month.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime();
    }

    /** Whether the month is over at {@code now}; until then its figures still grow. */
    public boolean endedBy(Instant now) {
        return !now.isBefore(end().toInstant());
    }

    @Override
    public String toString() {
        return month.toString();
    }
}
