package com.marketplace.aftersales.benchmarks.baseline;

import com.marketplace.aftersales.benchmarks.infra.CpuAccount;
import com.marketplace.aftersales.benchmarks.infra.Pause;
import com.marketplace.aftersales.benchmarks.infra.ProcFs;
import com.marketplace.aftersales.benchmarks.infra.Progress;
import com.marketplace.aftersales.benchmarks.sla.ClockPlan;
import com.marketplace.aftersales.benchmarks.stats.Distribution;
import com.marketplace.aftersales.benchmarks.stats.LongSeries;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Phase 4: the baseline ticketing systems use. The same deadlines in a PostgreSQL table with an index on the due time
 * of the open ones, polled every P seconds by a JDBC poller; lag = when a deadline was marked fired − its due time.
 * CPU: PostgreSQL's server processes (the postmaster's tree, from {@code /proc}) plus the poller thread.
 */
public final class PollingBaseline implements AutoCloseable {

    public static final String POSTGRES = "postgresql";
    /** This JVM, the poller's thread included (reported separately through the thread's own CPU time). */
    public static final String BENCHMARK = "benchmark JVM";
    /** Rows claimed per statement. */
    public static final int BATCH = 1000;

    public record Setup(int rows, int loadedAsFired, double loadSeconds, double indexSeconds, double settleSeconds,
                        long tableBytes, long openIndexBytes, long totalBytes, long openRows,
                        String postgresVersion, Map<String, String> settings, int batchSize, String claimQuery,
                        String markQuery, String tableDdl, String indexDdl) {
    }

    /**
     * @param firedLag     fired_at (set in the poller's transaction) − due_at
     * @param committedLag when the poller saw its commit − due_at
     */
    public record Result(String label, double pollIntervalSeconds, boolean matchedToMonitorP99, String windowStart,
                         String windowEnd, double windowSeconds, int polls, int overruns, int fired,
                         long leftUnfired, Distribution firedLag, Distribution committedLag, double meanPollMillis,
                         double maxPollMillis, CpuAccount.CpuUsage cpu, double postgresCpuSeconds,
                         double pollerCpuSeconds, double postgresCores, double pollerCores, double otherCores,
                         Double cpuMillisPerDeadline, double postgresRssMib) {
    }

    private final Connection connection;
    private final LongSupplier postmasterPid;
    private final Progress progress;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    public PollingBaseline(String jdbcUrl, String user, String password, LongSupplier postmasterPid,
                           Progress progress) throws SQLException {
        this.connection = DriverManager.getConnection(jdbcUrl, user, password);
        this.postmasterPid = postmasterPid;
        this.progress = progress;
    }

    /**
     * Creates and fills the table. Each deadline is moved by the same amount so that {@code referenceMillis} (when
     * the monitor's window began) becomes {@code lead} from now: the table is then where the monitor's stores were.
     *
     * @return the setup, and (through {@link #startsAt}) when the first window can begin
     */
    public Setup prepare(ClockPlan plan, long referenceMillis, Duration lead) throws SQLException {
        long startsAt = System.currentTimeMillis() + lead.toMillis();
        long shift = startsAt - referenceMillis;
        this.startsAtMillis = startsAt;
        connection.setAutoCommit(true);
        DeadlineTable.create(connection);
        long began = System.nanoTime();
        int fired = DeadlineTable.load(connection, plan, shift, startsAt);
        double loadSeconds = (System.nanoTime() - began) / 1e9;
        began = System.nanoTime();
        DeadlineTable.index(connection);
        double indexSeconds = (System.nanoTime() - began) / 1e9;
        began = System.nanoTime();
        DeadlineTable.settle(connection);
        double settleSeconds = (System.nanoTime() - began) / 1e9;
        DeadlineTable.Sizes sizes = DeadlineTable.sizes(connection);
        Map<String, String> settings = new LinkedHashMap<>();
        for (String name : new String[] {"shared_buffers", "synchronous_commit", "fsync", "work_mem",
                "autovacuum", "max_connections"}) {
            settings.put(name, DeadlineTable.setting(connection, name));
        }
        String version = DeadlineTable.setting(connection, "server_version");
        progress.line("baseline", "deadlines table: %,d rows (%,d already fired) loaded in %.1f s, index in %.1f s, "
                        + "vacuum analyze + checkpoint %.1f s; table %.0f MiB, open-deadline index %.0f MiB",
                plan.count(), fired, loadSeconds, indexSeconds, settleSeconds, sizes.tableBytes() / 1048576.0,
                sizes.openIndexBytes() / 1048576.0);
        return new Setup(plan.count(), fired, loadSeconds, indexSeconds, settleSeconds, sizes.tableBytes(),
                sizes.openIndexBytes(), sizes.totalBytes(), sizes.openRows(), version, settings, BATCH,
                DeadlinePoller.CLAIM, DeadlinePoller.MARK, DeadlineTable.CREATE, DeadlineTable.INDEX);
    }

    private long startsAtMillis;

    /** When the table is where the monitor's stores were at the start of its window. */
    public long startsAt() {
        return startsAtMillis;
    }

    /**
     * Polls every {@code interval} for {@code window} (a whole number of intervals). A first poll fires whatever is
     * already due (not measured); the window starts when it has committed, and ends with the poll at its end.
     */
    public Result measure(String label, Duration interval, boolean matched, Duration window) throws SQLException {
        DeadlinePoller poller = new DeadlinePoller(connection, BATCH);
        long wait = startsAtMillis - System.currentTimeMillis();
        if (wait > 0) {
            Pause.of(Duration.ofMillis(wait));
        }
        DeadlinePoller.FiredRows reset = new DeadlinePoller.FiredRows();
        int backlog = poller.poll(reset);
        long start = System.currentTimeMillis();
        long intervalMillis = interval.toMillis();
        int polls = (int) (window.toMillis() / intervalMillis);
        long end = start + polls * intervalMillis;
        progress.line("baseline", "%s: %d polls every %d s, window %s → %s (first poll fired %,d already due)",
                label, polls, interval.toSeconds(), Instant.ofEpochMilli(start), Instant.ofEpochMilli(end), backlog);
        CpuAccount cpuBefore = cpuAccount();
        long pollerBefore = threads.getCurrentThreadCpuTime();
        DeadlinePoller.FiredRows fired = new DeadlinePoller.FiredRows();
        LongSeries pollMillis = new LongSeries();
        int overruns = 0;
        long lastPollAt = start;
        for (int k = 1; k <= polls; k++) {
            long at = start + k * intervalMillis;
            long now = System.currentTimeMillis();
            if (now < at) {
                Pause.of(Duration.ofMillis(at - now));
            } else if (now > at + 100) {
                overruns++;
            }
            lastPollAt = System.currentTimeMillis();
            long began = System.nanoTime();
            int count = poller.poll(fired);
            pollMillis.add((System.nanoTime() - began) / 1_000_000);
            if (intervalMillis >= 60_000 || k % Math.max(1, 60_000 / intervalMillis) == 0) {
                progress.line("baseline", "%s: poll %d of %d fired %,d", label, k, polls, count);
            }
        }
        long pollerCpuNanos = threads.getCurrentThreadCpuTime() - pollerBefore;
        CpuAccount.CpuUsage cpu = cpuAccount().since(cpuBefore);
        long left = poller.openDueBy(lastPollAt - 1000);
        long[] firedLag = new long[fired.size()];
        long[] committedLag = new long[fired.size()];
        for (int i = 0; i < fired.size(); i++) {
            firedLag[i] = fired.firedMillis.get(i) - fired.dueMillis.get(i);
            committedLag[i] = fired.committedMillis.get(i) - fired.dueMillis.get(i);
        }
        long[] durations = pollMillis.toArray();
        double meanPoll = java.util.Arrays.stream(durations).average().orElse(0);
        double maxPoll = java.util.Arrays.stream(durations).max().orElse(0);
        double pollerSeconds = pollerCpuNanos / 1e9;
        double pgSeconds = cpu.seconds(POSTGRES);
        Distribution lag = Distribution.ofOrNull(firedLag);
        Result result = new Result(label, interval.toMillis() / 1000.0, matched, Instant.ofEpochMilli(start).toString(),
                Instant.ofEpochMilli(end).toString(), (end - start) / 1000.0, polls, overruns, fired.size(), left, lag,
                Distribution.ofOrNull(committedLag), meanPoll, maxPoll, cpu, pgSeconds, pollerSeconds,
                pgSeconds / cpu.elapsedSeconds(), pollerSeconds / cpu.elapsedSeconds(), cpu.otherCores(),
                fired.size() == 0 ? null : (pgSeconds + pollerSeconds) * 1000 / fired.size(),
                ProcFs.treeRssKib(postmasterPid.getAsLong()) / 1024.0);
        if (lag != null) {
            progress.line("baseline", "%s: %,d deadlines fired; lag p50 %.1f s, p99 %.1f s, max %.1f s; PostgreSQL "
                            + "%.3f cores, poller %.3f cores; %.3f ms CPU per deadline", label, fired.size(),
                    lag.p50Seconds(), lag.p99Seconds(), lag.maxSeconds(), result.postgresCores(),
                    result.pollerCores(), result.cpuMillisPerDeadline());
        }
        return result;
    }

    /**
     * The window for a poll interval: at least the monitor's window, at least two intervals (a poll every 300 s needs
     * 600 s to show its full spread of lags), and a whole number of intervals so the last poll ends it.
     */
    public static Duration windowFor(Duration window, Duration every) {
        long millis = Math.max(window.toMillis(), 2 * every.toMillis());
        long polls = (millis + every.toMillis() - 1) / every.toMillis();
        return every.multipliedBy(polls);
    }

    private CpuAccount cpuAccount() {
        Map<String, LongSupplier> sources = new LinkedHashMap<>();
        sources.put(POSTGRES, () -> ProcFs.treeCpuTicks(postmasterPid.getAsLong()));
        sources.put(BENCHMARK, () -> ProcFs.cpuTicks(ProcessHandle.current().pid()).orElse(0));
        return CpuAccount.read(sources);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
