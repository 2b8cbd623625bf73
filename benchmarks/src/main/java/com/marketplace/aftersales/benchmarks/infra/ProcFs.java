package com.marketplace.aftersales.benchmarks.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * What Linux says about processes in {@code /proc}: CPU time ({@code utime + stime} of {@code /proc/<pid>/stat}, in
 * clock ticks), resident memory ({@code VmRSS} of {@code /proc/<pid>/status}), the process tree, and the machine's
 * CPU counters ({@code /proc/stat}). Every reading of a process that is gone is empty, never an error: processes
 * come and go while a benchmark samples them.
 */
public final class ProcFs {

    private static final Path PROC = Path.of("/proc");
    private static volatile long clockTicksPerSecond;

    private ProcFs() {
    }

    /** One reading of a process's {@code stat}: its parent and its CPU ticks, own and of children it reaped. */
    public record Stat(long pid, long parentPid, long userTicks, long systemTicks, long reapedChildrenTicks) {

        public long ownTicks() {
            return userTicks + systemTicks;
        }
    }

    /**
     * Parses a {@code /proc/<pid>/stat} line. The command name (field 2) is in parentheses and may itself contain
     * spaces and parentheses, so the fields are counted from the last ')'.
     */
    public static Stat parseStat(String line) {
        int close = line.lastIndexOf(')');
        if (close < 0) {
            throw new IllegalArgumentException("Not a stat line: " + line);
        }
        long pid = Long.parseLong(line.substring(0, line.indexOf(' ')).trim());
        String[] fields = line.substring(close + 2).trim().split(" +");
        // fields[0] is field 3 (state): ppid is field 4, utime 14, stime 15, cutime 16, cstime 17
        return new Stat(pid, Long.parseLong(fields[1]), Long.parseLong(fields[11]), Long.parseLong(fields[12]),
                Long.parseLong(fields[13]) + Long.parseLong(fields[14]));
    }

    public static java.util.Optional<Stat> stat(long pid) {
        try {
            return java.util.Optional.of(parseStat(Files.readString(PROC.resolve(pid + "/stat"),
                    StandardCharsets.US_ASCII)));
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** CPU time a process has used, all its threads, in ticks. */
    public static OptionalLong cpuTicks(long pid) {
        return stat(pid).map(s -> OptionalLong.of(s.ownTicks())).orElse(OptionalLong.empty());
    }

    /**
     * CPU ticks of a whole process tree: the root's own, the children it has reaped (a PostgreSQL backend that ended
     * is accounted to the postmaster when it is reaped) and every live descendant's own. A descendant that ends
     * between two readings moves from "live" to "reaped" without being lost or counted twice.
     */
    public static long treeCpuTicks(long rootPid) {
        Map<Long, Stat> all = allStats();
        Stat root = all.get(rootPid);
        if (root == null) {
            return 0;
        }
        long ticks = root.ownTicks() + root.reapedChildrenTicks();
        for (long descendant : descendants(rootPid, all)) {
            ticks += all.get(descendant).ownTicks();
        }
        return ticks;
    }

    /** Resident memory of a process, in KiB. */
    public static OptionalLong rssKib(long pid) {
        try {
            for (String line : Files.readAllLines(PROC.resolve(pid + "/status"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmRSS:")) {
                    return OptionalLong.of(Long.parseLong(line.substring(6).trim().split("\\s+")[0]));
                }
            }
            return OptionalLong.empty();
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** Resident memory of a process tree (shared memory, e.g. PostgreSQL's shared buffers, counted per process). */
    public static long treeRssKib(long rootPid) {
        Map<Long, Stat> all = allStats();
        if (!all.containsKey(rootPid)) {
            return 0;
        }
        long kib = rssKib(rootPid).orElse(0);
        for (long descendant : descendants(rootPid, all)) {
            kib += rssKib(descendant).orElse(0);
        }
        return kib;
    }

    /** The machine's CPU counters, all cores summed, in ticks: busy is everything but idle and iowait. */
    public record SystemCpu(long busyTicks, long totalTicks) {
    }

    public static SystemCpu systemCpu() {
        try {
            for (String line : Files.readAllLines(PROC.resolve("stat"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("cpu ")) {
                    String[] f = line.substring(4).trim().split(" +");
                    long total = 0;
                    for (int i = 0; i < Math.min(8, f.length); i++) { // user nice system idle iowait irq softirq steal
                        total += Long.parseLong(f[i]);
                    }
                    long idle = Long.parseLong(f[3]) + Long.parseLong(f[4]);
                    return new SystemCpu(total - idle, total);
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        return new SystemCpu(0, 0);
    }

    /** {@code getconf CLK_TCK}, read once; 100 on every Linux this runs on if it cannot be asked. */
    public static long clockTicksPerSecond() {
        long known = clockTicksPerSecond;
        if (known > 0) {
            return known;
        }
        long ticks = 100;
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            if (getconf.waitFor() == 0 && out.matches("\\d+")) {
                ticks = Long.parseLong(out);
            }
        } catch (IOException e) {
            // keep the default
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        clockTicksPerSecond = ticks;
        return ticks;
    }

    public static double ticksToSeconds(long ticks) {
        return (double) ticks / clockTicksPerSecond();
    }

    static List<Long> descendants(long rootPid, Map<Long, Stat> all) {
        Map<Long, List<Long>> children = new HashMap<>();
        all.values().forEach(s -> children.computeIfAbsent(s.parentPid(), k -> new ArrayList<>()).add(s.pid()));
        List<Long> found = new ArrayList<>();
        Deque<Long> todo = new ArrayDeque<>(children.getOrDefault(rootPid, List.of()));
        while (!todo.isEmpty()) {
            long pid = todo.pop();
            found.add(pid);
            todo.addAll(children.getOrDefault(pid, List.of()));
        }
        return found;
    }

    private static Map<Long, Stat> allStats() {
        Map<Long, Stat> all = new HashMap<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(PROC, p -> p.getFileName().toString()
                .chars().allMatch(Character::isDigit))) {
            for (Path dir : dirs) {
                stat(Long.parseLong(dir.getFileName().toString())).ifPresent(s -> all.put(s.pid(), s));
            }
        } catch (IOException e) {
            // an empty map: nothing known
        }
        return all;
    }
}
