package com.marketplace.aftersales.benchmarks.sla;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the restarted monitor said about its start, from its log, with each line's time relative to the kill: where
 * the restore time goes (JVM and Spring start, the group waiting out the killed member, restoring the stores).
 */
final class RestoreTimeline {

    /** Lines worth showing: Spring's start, the Streams client's state changes, restoration progress. */
    private static final Pattern INTERESTING = Pattern.compile(
            "Started \\w+ in|Kafka Streams \\w+ -> \\w+|Starting Kafka Streams|[Rr]estor|Tomcat|Netty started");
    private static final int MAX_LINES = 24;

    private RestoreTimeline() {
    }

    /** @return lines like {@code +12.3 s  Kafka Streams REBALANCING -> RUNNING}, from the last start in the log */
    static List<String> read(Path logFile, long killedAtMillis) {
        List<String> lines;
        try {
            lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of("(no log: " + e.getMessage() + ")");
        }
        int lastStart = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("===== ")) {
                lastStart = i;
            }
        }
        List<String> timeline = new ArrayList<>();
        List<String> restoring = new ArrayList<>();
        for (String line : lines.subList(lastStart, lines.size())) {
            if (!INTERESTING.matcher(line).find()) {
                continue;
            }
            String entry = relative(line, killedAtMillis);
            if (entry == null) {
                continue;
            }
            // Per-changelog restoration lines can be many (one per partition): keep the first and the last few.
            if (line.toLowerCase(Locale.ROOT).contains("restor") && !line.contains("Kafka Streams")) {
                restoring.add(entry);
                continue;
            }
            timeline.add(entry);
        }
        if (!restoring.isEmpty()) {
            timeline.add(restoring.get(0));
            if (restoring.size() > 1) {
                timeline.add("… " + (restoring.size() - 1) + " more restoration lines, the last: "
                        + restoring.get(restoring.size() - 1));
            }
        }
        timeline.sort(null);
        return timeline.size() > MAX_LINES ? timeline.subList(0, MAX_LINES) : timeline;
    }

    private static String relative(String line, long killedAtMillis) {
        int space = line.indexOf(' ');
        if (space < 0) {
            return null;
        }
        try {
            Instant at = Instant.parse(line.substring(0, space));
            int message = line.indexOf(" : ");
            String text = message < 0 ? line.substring(space).trim() : line.substring(message + 3).trim();
            if (text.length() > 160) {
                text = text.substring(0, 160) + "…";
            }
            return String.format(Locale.ROOT, "+%06.1f s  %s", (at.toEpochMilli() - killedAtMillis) / 1000.0, text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
