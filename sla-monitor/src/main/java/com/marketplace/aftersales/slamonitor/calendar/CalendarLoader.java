package com.marketplace.aftersales.slamonitor.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Finds and reads the calendar files matching a location pattern ({@code classpath:calendars/cn-mainland-*.calendar},
 * {@code file:/etc/aftersales/calendars/*.calendar}): one file per year, so a new year is a new file and a corrected
 * arrangement replaces one file.
 */
public final class CalendarLoader {

    private CalendarLoader() {
    }

    /** @throws IllegalArgumentException if nothing matches, a file is malformed, or two files declare one year */
    public static List<CalendarYear> load(String locationPattern) {
        Resource[] resources;
        try {
            resources = new PathMatchingResourcePatternResolver().getResources(locationPattern);
        } catch (IOException e) {
            throw new IllegalArgumentException("aftersales.sla.calendar.location: cannot list " + locationPattern, e);
        }
        List<Resource> files = Arrays.stream(resources).filter(Resource::isReadable)
                .sorted(Comparator.comparing(Resource::getDescription)).toList();
        if (files.isEmpty()) {
            throw new IllegalArgumentException("aftersales.sla.calendar.location: no calendar file matches "
                    + locationPattern);
        }
        List<CalendarYear> years = new ArrayList<>();
        Map<Integer, String> sources = new HashMap<>();
        for (Resource file : files) {
            CalendarYear year = CalendarFileParser.parse(name(file), lines(file));
            String earlier = sources.put(year.year(), year.source());
            if (earlier != null) {
                throw new IllegalArgumentException("Two calendar files declare " + year.year() + ": " + earlier
                        + " and " + year.source());
            }
            years.add(year);
        }
        return years;
    }

    private static String name(Resource file) {
        return file.getFilename() == null ? file.getDescription() : file.getFilename();
    }

    private static List<String> lines(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read calendar file " + file.getDescription(), e);
        }
    }
}
