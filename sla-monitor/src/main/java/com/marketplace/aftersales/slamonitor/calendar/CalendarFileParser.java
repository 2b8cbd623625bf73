package com.marketplace.aftersales.slamonitor.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads one year's calendar file. The format is line-based so a reviewer can hold it next to the government's notice:
 * <pre>
 * # a comment, also at the end of a line
 * year 2026
 * status official                      (or provisional)
 * off 2026-10-01..2026-10-07 National Day   (a date or an inclusive range; the rest of the line is a label)
 * work 2026-10-10 make-up working day
 * </pre>
 * Anything else is an error naming the file and line: a calendar that is silently half-read would move deadlines.
 */
public final class CalendarFileParser {

    private CalendarFileParser() {
    }

    public static CalendarYear parse(String source, List<String> lines) {
        Integer year = null;
        CalendarYear.Status status = null;
        Set<LocalDate> off = new HashSet<>();
        Set<LocalDate> work = new HashSet<>();
        for (int index = 0; index < lines.size(); index++) {
            String where = source + ":" + (index + 1);
            String line = stripComment(lines.get(index)).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+", 3);
            if (parts.length < 2) {
                throw new IllegalArgumentException(where + ": expected '<keyword> <value>', got '" + line + "'");
            }
            switch (parts[0].toLowerCase(Locale.ROOT)) {
                case "year" -> {
                    if (year != null) {
                        throw new IllegalArgumentException(where + ": 'year' is declared twice");
                    }
                    year = parseYear(where, parts[1]);
                }
                case "status" -> status = parseStatus(where, parts[1]);
                case "off", "work" -> {
                    if (year == null) {
                        throw new IllegalArgumentException(where + ": declare 'year' before any date");
                    }
                    Set<LocalDate> target = parts[0].equalsIgnoreCase("off") ? off : work;
                    Set<LocalDate> other = target == off ? work : off;
                    for (LocalDate date : dates(where, parts[1], year)) {
                        if (other.contains(date)) {
                            throw new IllegalArgumentException(where + ": " + date + " is declared both off and work");
                        }
                        if (!target.add(date)) {
                            throw new IllegalArgumentException(where + ": " + date + " is declared twice");
                        }
                    }
                }
                default -> throw new IllegalArgumentException(where + ": unknown keyword '" + parts[0]
                        + "' (year, status, off, work)");
            }
        }
        if (year == null || status == null) {
            throw new IllegalArgumentException(source + ": a calendar file needs 'year' and 'status'");
        }
        return new CalendarYear(year, status, off, work, source);
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    private static int parseYear(String where, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": not a year: '" + value + "'");
        }
    }

    private static CalendarYear.Status parseStatus(String where, String value) {
        try {
            return CalendarYear.Status.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": status is 'official' or 'provisional', not '" + value + "'");
        }
    }

    private static List<LocalDate> dates(String where, String value, int year) {
        String[] ends = value.split("\\.\\.", -1);
        if (ends.length > 2) {
            throw new IllegalArgumentException(where + ": a range is 'first..last', not '" + value + "'");
        }
        LocalDate first = date(where, ends[0], year);
        LocalDate last = ends.length == 2 ? date(where, ends[1], year) : first;
        if (last.isBefore(first)) {
            throw new IllegalArgumentException(where + ": the range " + value + " ends before it starts");
        }
        return first.datesUntil(last.plusDays(1)).toList();
    }

    private static LocalDate date(String where, String value, int year) {
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": not a date (yyyy-mm-dd): '" + value + "'");
        }
        if (date.getYear() != year) {
            throw new IllegalArgumentException(where + ": " + date + " is not in " + year);
        }
        return date;
    }
}
