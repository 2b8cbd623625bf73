package com.marketplace.aftersales.benchmarks.sla;

import com.marketplace.aftersales.devstack.config.CommandLine;
import com.marketplace.aftersales.devstack.config.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameters of {@code benchmark sla}. {@code --quick} changes the defaults (not what was given explicitly) to a
 * smoke run of a few minutes.
 */
public record SlaOptions(
        int clocks,
        Duration window,
        Duration warmup,
        Duration spread,
        List<PollInterval> pollIntervals,
        String monitorHeap,
        Duration restoreObservation,
        Duration loadTimeout,
        Path outDir,
        boolean quick,
        Path repo,
        Path monitorJar,
        int kafkaPort,
        int postgresPort,
        long seed,
        String note) {

    public static final Set<String> VALUE_OPTIONS = Set.of("clocks", "window", "warmup", "spread", "poll-intervals",
            "monitor-heap", "restore-observation", "load-timeout", "out", "repo", "monitor-jar", "kafka-port",
            "postgres-port", "seed", "note");
    public static final Set<String> FLAGS = Set.of("quick", "help");

    /** The developer's local run holds these; a benchmark must never take them. */
    private static final Set<Integer> RESERVED_PORTS = Set.of(19092, 19093, 15432);

    /** A poll interval of the baseline: a fixed one, or the one matching the monitor's measured p99 lag. */
    public record PollInterval(Duration every, boolean matchMonitorP99) {

        public static final PollInterval MATCH_MONITOR = new PollInterval(null, true);

        @Override
        public String toString() {
            return matchMonitorP99 ? "auto" : every.toSeconds() + "s";
        }
    }

    public static SlaOptions parse(CommandLine line) {
        boolean quick = line.flag("quick");
        int clocks = line.option("clocks").map(SlaOptions::parseCount).orElse(quick ? 20_000 : 1_000_000);
        Duration window = duration(line, "window", quick ? Duration.ofMinutes(1) : Duration.ofMinutes(10));
        Duration warmup = duration(line, "warmup", defaultWarmup(clocks));
        Duration spread = duration(line, "spread", quick ? Duration.ofMinutes(30) : Duration.ofHours(3));
        List<PollInterval> polls = pollIntervals(line.option("poll-intervals").orElse(quick ? "30,auto" : "300,auto"));
        String heap = line.option("monitor-heap").orElse("512m");
        if (!heap.matches("\\d+[mMgG]")) {
            throw new UsageException("--monitor-heap is a JVM heap size like 512m or 1g, not '" + heap + "'");
        }
        Duration observation = duration(line, "restore-observation",
                quick ? Duration.ofSeconds(45) : Duration.ofMinutes(3));
        Duration loadTimeout = duration(line, "load-timeout", quick ? Duration.ofMinutes(15) : Duration.ofHours(3));
        Path repo = line.option("repo").map(Path::of).orElseGet(SlaOptions::findRepo).toAbsolutePath().normalize();
        Path out = line.option("out").map(Path::of).orElse(repo.resolve("benchmarks").resolve("results"))
                .toAbsolutePath().normalize();
        Path jar = line.option("monitor-jar").map(Path::of)
                .orElse(repo.resolve("sla-monitor").resolve("target").resolve("sla-monitor.jar"));
        int kafkaPort = port(line, "kafka-port");
        int postgresPort = port(line, "postgres-port");
        long seed = line.option("seed").map(Long::parseLong).orElse(20261122L);
        if (clocks < 100) {
            throw new UsageException("--clocks must be at least 100");
        }
        if (window.compareTo(Duration.ofSeconds(10)) < 0) {
            throw new UsageException("--window must be at least 10s");
        }
        if (warmup.compareTo(spread) >= 0) {
            throw new UsageException("--warmup (" + human(warmup) + ") must be shorter than --spread ("
                    + human(spread) + ")");
        }
        if (spread.compareTo(ClockPlan.MERCHANT_RESPONSE_LIMIT) >= 0) {
            throw new UsageException("--spread must be under 5 days (the merchant-response limit)");
        }
        return new SlaOptions(clocks, window, warmup, spread, polls, heap, observation, loadTimeout, out, quick, repo,
                jar, kafkaPort, postgresPort, seed, line.option("note").orElse(null));
    }

    /**
     * Long enough for the monitor to take in every clock and publish every warning before the first deadline, with
     * room for a busy machine: on this one (2 cores, shared with builds) a million clocks were consumed in 7 minutes
     * and their warnings out after 9.5. So 3 minutes plus 1.2 ms per clock, in whole minutes (23 for a million). A
     * load that still overruns it is waited out before the window starts, and reported.
     */
    static Duration defaultWarmup(int clocks) {
        long millis = Duration.ofMinutes(3).toMillis() + clocks * 6L / 5;
        return Duration.ofMinutes((millis + 59_999) / 60_000);
    }

    /** {@code 1000000}, {@code 1_000_000}, {@code 1,000,000}, {@code 1M}, {@code 20k}. */
    static int parseCount(String text) {
        String t = text.replace("_", "").replace(",", "").trim().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("m")) {
                return Math.toIntExact(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1_000_000));
            }
            if (t.endsWith("k")) {
                return Math.toIntExact(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1_000));
            }
            return Integer.parseInt(t);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new UsageException("Not a count: '" + text + "' (e.g. 1000000, 1M, 20k)");
        }
    }

    private static final Pattern DURATION_PART = Pattern.compile("(\\d+)(ms|h|m|s)");

    /** {@code 90} (seconds), {@code 90s}, {@code 10m}, {@code 1h30m}, {@code 500ms}, or ISO-8601 {@code PT10M}. */
    static Duration parseDuration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(t));
        }
        if (t.startsWith("pt") || t.startsWith("p")) {
            try {
                return Duration.parse(text.trim().toUpperCase(Locale.ROOT));
            } catch (RuntimeException e) {
                throw new UsageException("Not a duration: '" + text + "'");
            }
        }
        Matcher matcher = DURATION_PART.matcher(t);
        Duration total = Duration.ZERO;
        int end = 0;
        while (matcher.find()) {
            if (matcher.start() != end) {
                break;
            }
            long amount = Long.parseLong(matcher.group(1));
            total = total.plus(switch (matcher.group(2)) {
                case "h" -> Duration.ofHours(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "s" -> Duration.ofSeconds(amount);
                default -> Duration.ofMillis(amount);
            });
            end = matcher.end();
        }
        if (end != t.length() || end == 0) {
            throw new UsageException("Not a duration: '" + text + "' (e.g. 90s, 10m, 3h, 1h30m, PT10M)");
        }
        return total;
    }

    static List<PollInterval> pollIntervals(String text) {
        List<PollInterval> intervals = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            if (p.equalsIgnoreCase("auto")) {
                intervals.add(PollInterval.MATCH_MONITOR);
            } else {
                Duration every = parseDuration(p);
                if (every.toMillis() < 1000 || every.toMillis() % 1000 != 0) {
                    throw new UsageException("A poll interval is a whole number of seconds, at least 1: '" + p + "'");
                }
                intervals.add(new PollInterval(every, false));
            }
        }
        if (intervals.isEmpty()) {
            throw new UsageException("--poll-intervals needs at least one interval, e.g. 300,auto");
        }
        return List.copyOf(intervals);
    }

    public static String human(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds % 3600 == 0 && seconds > 0) {
            return seconds / 3600 + "h";
        }
        if (seconds % 60 == 0 && seconds > 0) {
            return seconds / 60 + "m";
        }
        return seconds + "s";
    }

    private static Duration duration(CommandLine line, String name, Duration fallback) {
        return line.option(name).map(SlaOptions::parseDuration).orElse(fallback);
    }

    private static int port(CommandLine line, String name) {
        int port = line.option(name).map(Integer::parseInt).orElse(0);
        if (RESERVED_PORTS.contains(port)) {
            throw new UsageException("--" + name + " " + port + " is a port of the local run (./aftersales up); "
                    + "leave it out for a random free port");
        }
        return port;
    }

    /** The repository root: the nearest directory up from here with the {@code aftersales} script and a pom. */
    private static Path findRepo() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("aftersales")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new UsageException("Cannot find the repository root from " + Path.of("").toAbsolutePath()
                + "; pass --repo");
    }

    /** The command-line form of these options, for the report. */
    public String describe() {
        return "--clocks " + clocks + " --window " + human(window) + " --warmup " + human(warmup) + " --spread "
                + human(spread) + " --poll-intervals " + String.join(",", pollIntervals.stream()
                .map(PollInterval::toString).toList()) + " --monitor-heap " + monitorHeap + " --restore-observation "
                + human(restoreObservation) + " --seed " + seed + (quick ? " --quick" : "")
                + (note == null ? "" : " --note '" + note + "'");
    }
}
