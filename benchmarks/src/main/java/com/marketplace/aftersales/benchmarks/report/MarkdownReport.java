package com.marketplace.aftersales.benchmarks.report;

import com.marketplace.aftersales.benchmarks.baseline.PollingBaseline;
import com.marketplace.aftersales.benchmarks.sla.DetectionWindow;
import com.marketplace.aftersales.benchmarks.sla.Firings;
import com.marketplace.aftersales.benchmarks.sla.LoadPhase;
import com.marketplace.aftersales.benchmarks.sla.RestoreAfterKill;
import com.marketplace.aftersales.benchmarks.stats.Distribution;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The human-readable results file: summary first, then machine, run, method, each phase, and the caveats. */
final class MarkdownReport {

    private final StringBuilder out = new StringBuilder();
    private final SlaReport.Snapshot r;

    private MarkdownReport(SlaReport.Snapshot snapshot) {
        this.r = snapshot;
    }

    static String render(SlaReport.Snapshot snapshot, String jsonName) {
        return new MarkdownReport(snapshot).render(jsonName);
    }

    private String render(String jsonName) {
        Object clocks = r.parameters().get("clocks");
        line("# sla-monitor benchmark: %s open clocks — %s%s", count(clocks), r.startedAt().substring(0, 10),
                Boolean.TRUE.equals(r.parameters().get("quick")) ? " (quick smoke run)" : "");
        line("");
        if ("partial".equals(r.status())) {
            line("**PARTIAL RESULTS** — the run did not finish: %s. Everything below was measured before that; "
                    + "sections without numbers were not reached.", r.incompleteReason());
        } else if ("running".equals(r.status())) {
            line("**PARTIAL RESULTS** — written while the run was still going.");
        } else {
            line("Complete run. Machine-readable: `%s`. Produced by `./aftersales benchmark sla` "
                    + "(benchmarks/README.md explains the method and how to read this).", jsonName);
        }
        line("");
        summary();
        machine();
        run();
        method();
        setup();
        load();
        detection();
        restore();
        baseline();
        notes();
        return out.toString();
    }

    private void summary() {
        line("## Summary");
        line("");
        DetectionWindow.Result d = r.detection();
        RestoreAfterKill.Result x = r.restore();
        line("| target (issue 4) | measured | target | |");
        line("|---|---|---|---|");
        if (d != null && d.emittedLag() != null) {
            line("| detection lag p99 with %s open clocks | %s | ≤ %.1f s | %s |", count(d.openClocksAtStart()),
                    secs(d.emittedLag().p99Millis()), SlaReport.TARGET_P99_SECONDS,
                    d.emittedLag().p99Seconds() <= SlaReport.TARGET_P99_SECONDS ? "met" : "**not met**");
        } else {
            line("| detection lag p99 | not measured | ≤ %.1f s | |", SlaReport.TARGET_P99_SECONDS);
        }
        if (x != null) {
            line("| restore after `kill -9`: kill → ready (readiness UP) | %.1f s | ≤ %.0f s | %s |",
                    x.killToReadySeconds(), SlaReport.TARGET_RESTORE_SECONDS,
                    x.killToReadySeconds() <= SlaReport.TARGET_RESTORE_SECONDS ? "met" : "**not met**");
            line("| restore after `kill -9`: kill → deadlines announced with normal lag again | %s | ≤ %.0f s | %s |",
                    x.killToNormalSeconds() == null ? "not within the observation"
                            : String.format(Locale.ROOT, "%.1f s", x.killToNormalSeconds()),
                    SlaReport.TARGET_RESTORE_SECONDS,
                    x.killToNormalSeconds() != null && x.killToNormalSeconds() <= SlaReport.TARGET_RESTORE_SECONDS
                            ? "met" : "**not met**");
            line("| deadlines that passed while it was down, announced once each | %s records / %s distinct ids / %s "
                            + "deadlines | exactly once | %s |", count(x.announcedDueWhileDown().records()),
                    count(x.announcedDueWhileDown().distinctEventIds()), count(x.dueWhileDown()),
                    x.dueWhileDownOnce() ? "met" : "**not met**");
        } else {
            line("| restore after `kill -9` | not measured | ≤ %.0f s | |", SlaReport.TARGET_RESTORE_SECONDS);
        }
        line("");
        if (d == null || d.emittedLag() == null) {
            return;
        }
        List<PollingBaseline.Result> bs = r.baselines();
        StringBuilder head = new StringBuilder("| | sla-monitor (punctuation every 1 s)");
        StringBuilder rule = new StringBuilder("|---|---");
        for (PollingBaseline.Result b : bs) {
            head.append(" | PostgreSQL polled ").append(b.label());
            rule.append("|---");
        }
        line("%s |", head);
        line("%s|", rule);
        lagRow("lag p50", d.emittedLag().p50Millis(), bs, b -> b.firedLag() == null ? null : b.firedLag().p50Millis());
        lagRow("lag p99", d.emittedLag().p99Millis(), bs, b -> b.firedLag() == null ? null : b.firedLag().p99Millis());
        lagRow("lag max", d.emittedLag().maxMillis(), bs, b -> b.firedLag() == null ? null : b.firedLag().maxMillis());
        StringBuilder cpu = new StringBuilder(String.format(Locale.ROOT,
                "| CPU per detected deadline | %s ms (monitor %s + broker %s) ",
                num3(d.monitorAndBrokerCpuMillisPerDeadline()), num3(d.monitorCpuMillisPerDeadline()),
                num3(d.monitorAndBrokerCpuMillisPerDeadline() == null ? null
                        : d.monitorAndBrokerCpuMillisPerDeadline() - d.monitorCpuMillisPerDeadline())));
        for (PollingBaseline.Result b : bs) {
            SlaReport.Comparison c = comparison(b.label());
            cpu.append(String.format(Locale.ROOT, "| %s ms (%s) ", num3(b.cpuMillisPerDeadline()),
                    c == null ? "–" : times(c.cpuPerDeadlineRatio())));
        }
        line("%s|", cpu);
        StringBuilder cores = new StringBuilder(String.format(Locale.ROOT,
                "| average cores busy | %.3f (monitor %.3f, broker %.3f) ", d.monitorCores() + d.brokerCores(),
                d.monitorCores(), d.brokerCores()));
        for (PollingBaseline.Result b : bs) {
            cores.append(String.format(Locale.ROOT, "| %.3f (PostgreSQL %.3f, poller %.3f) ",
                    b.postgresCores() + b.pollerCores(), b.postgresCores(), b.pollerCores()));
        }
        line("%s|", cores);
        StringBuilder memory = new StringBuilder(String.format(Locale.ROOT,
                "| resident memory | monitor max %.0f MiB (heap -Xmx%s) ", d.monitorRss().maxMib(),
                r.parameters().get("monitorHeap")));
        for (PollingBaseline.Result b : bs) {
            memory.append(String.format(Locale.ROOT, "| PostgreSQL processes %.0f MiB ", b.postgresRssMib()));
        }
        line("%s|", memory);
        StringBuilder counted = new StringBuilder(String.format(Locale.ROOT,
                "| deadlines measured / window | %s in %s ", count(d.actionsObserved()), dur(d.windowSeconds())));
        for (PollingBaseline.Result b : bs) {
            counted.append(String.format(Locale.ROOT, "| %s in %s ", count(b.fired()), dur(b.windowSeconds())));
        }
        line("%s|", counted);
        line("");
        line("Ratios are baseline ÷ monitor (×10 = ten times the monitor's). Lag is measured on the same wall clock "
                + "for both: for the monitor the CloudEvents `time` of its `SlaDeadlineAction` − `dueAt`; for the "
                + "baseline `fired_at` (set by the poller's UPDATE) − `due_at`.");
        line("");
    }

    private interface LagOf {
        Long of(PollingBaseline.Result result);
    }

    private void lagRow(String name, long monitorMillis, List<PollingBaseline.Result> bs, LagOf lag) {
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %s ", name, secs(monitorMillis)));
        for (PollingBaseline.Result b : bs) {
            Long value = lag.of(b);
            row.append(value == null ? "| – " : String.format(Locale.ROOT, "| %s (%s) ", secs(value),
                    times((double) Math.max(value, 1) / Math.max(monitorMillis, 1))));
        }
        line("%s|", row);
    }

    private SlaReport.Comparison comparison(String label) {
        return r.comparisons().stream().filter(c -> c.baseline().equals(label)).findFirst().orElse(null);
    }

    private void machine() {
        MachineInfo m = r.machine();
        if (m == null) {
            return;
        }
        line("## Machine");
        line("");
        line("| | |");
        line("|---|---|");
        line("| CPU | %s, %d logical CPUs (JVM sees %d) |", m.cpuModel(), m.logicalCpus(), m.availableProcessors());
        line("| memory | %.1f GiB |", m.memoryGib());
        line("| OS | %s; %s |", m.os(), m.kernel());
        line("| JDK | %s; %s |", m.jdk(), m.jvm());
        line("| load average at start | %s |", m.loadAverageAtStart());
        line("");
    }

    private void run() {
        line("## Run");
        line("");
        line("| | |");
        line("|---|---|");
        line("| started | %s |", r.startedAt());
        line("| finished | %s |", r.finishedAt() == null ? "–" : r.finishedAt());
        SourceInfo s = r.source();
        if (s != null) {
            line("| commit | `%s` (%s) |", s.commit(), s.commitDate());
            line("| monitor jar | `%s`, built %s, sha256 `%s` (copied into the run's directory at start)%s |",
                    s.monitorJar(), s.monitorJarBuilt(), s.monitorJarSha256(), !s.monitorJarFromThisTree()
                            ? "; given with `--monitor-jar`, built outside this working tree (see the notes)"
                            : s.slaMonitorSourcesModified() ? "; **the working tree's sla-monitor/ differed from the "
                            + "commit** (" + s.slaMonitorChanges().size() + " files), so the jar may too" : "");
        }
        line("| command | `%s` |", r.command());
        for (Map.Entry<String, Object> p : r.parameters().entrySet()) {
            line("| %s | %s |", p.getKey(), p.getValue());
        }
        line("");
    }

    private void method() {
        Map<String, Object> p = r.parameters();
        line("## Method");
        line("");
        line("One run, on this machine, everything started by the benchmark and stopped at the end:");
        line("");
        line("1. **Infrastructure.** A Kafka 4.2 broker (KRaft, devstack's embedded broker) in a child JVM of its own "
                + "(so its CPU can be read apart), an embedded PostgreSQL 17 (devstack's; durable: `synchronous_commit"
                + "=on`, `fsync=on`), both on random free ports in a temporary directory; the catalogue's topics "
                + "(6 partitions each); the sla-monitor jar as a child JVM (`-Xmx%s`, otherwise the JVM's defaults), "
                + "configured only through its environment, its own state directory, defaults for everything else "
                + "(punctuation every 1 s, at most 500 timers per punctuation per task, `exactly_once_v2`, one stream "
                + "thread); the run waits for `/actuator/health/readiness`.", p.get("monitorHeap"));
        line("2. **Load.** %s `MerchantVerificationRequested` events on `aftersales.diagnosis.v1` (distinct case ids, "
                + "idempotent producer, `acks=all`, lz4 batches, record timestamp = event time as the outbox relay "
                + "stamps it), each with an event `time` 5 days before its deadline, deadlines uniform over "
                + "[load start + %s, load start + %s]. Measured: produce time, the time until the monitor's consumer "
                + "group (`sla-monitor`) has no lag (Admin API), until `aftersales_sla_clocks_open` shows every clock, "
                + "and until every clock's warning (80 %% of 5 days: already past) was published.",
                count(p.get("clocks")), p.get("warmup"), p.get("spread"));
        line("3. **Detection lag.** Once the first deadlines fall due and nothing older is pending, a window of %s: "
                + "a `read_committed` consumer of `aftersales.sla.v1` records each `SlaDeadlineAction` (and "
                + "`SlaBreached` level 1) of a deadline in the window; lag = its CloudEvents `time` (the monitor's "
                + "punctuation time) − `dueAt`. Also reported: lag as seen by the reader (arrival − `dueAt`, i.e. "
                + "after the transaction commits). The monitor's `VmRSS` is sampled every 2 s; CPU = `utime+stime` "
                + "of `/proc/<pid>/stat` at both ends, for the monitor and for the broker.", p.get("window"));
        line("4. **Restore.** `destroyForcibly()` (SIGKILL) of the monitor with its clocks in its stores; the same "
                + "jar restarted at once on the same state directory. Measured: kill → readiness UP (Streams "
                + "RUNNING), and kill → the due time of the first deadline from which on every deadline of the next "
                + "%s was announced with a lag no larger than the detection window's maximum (at least 1 s). The "
                + "deadlines due between the kill and readiness are checked for exactly-once: records vs distinct "
                + "(deterministic) event ids vs deadlines, for `read_committed` readers; and so is the whole run.",
                p.get("restoreObservation"));
        line("5. **Baseline.** The monitor and broker are stopped. The same deadlines (same case ids, same spacing) "
                + "go into a PostgreSQL table `deadlines(case_id uuid, policy text, due_at timestamptz, fired_at "
                + "timestamptz)` with a partial index on `due_at where fired_at is null`, shifted in time so the "
                + "table is where the monitor's stores were when its window began (deadlines before that point are "
                + "loaded as fired). A JDBC poller every P seconds claims due rows oldest first, %s at a time, "
                + "`for update skip locked`, marks them `fired_at = clock_timestamp()` and commits, until a batch "
                + "comes back short. Each P gets its own window of max(window, 2 × P), rounded up to whole P; a "
                + "first poll clears what is already due and is not measured. CPU = PostgreSQL's processes "
                + "(postmaster, backends, and the children it reaped, from `/proc`) + the poller thread's CPU time. "
                + "P = %s (\"auto\" = the monitor's p99 rounded up to a whole second, at least 1 s).",
                count(PollingBaseline.BATCH), p.get("pollIntervals"));
        line("");
        line("Percentiles are nearest-rank over every deadline of the window (no sampling, no interpolation). Both "
                + "sides run on the same 2 cores, one after the other, never together; other work on the machine "
                + "during each window is reported as \"other processes\".");
        line("");
    }

    private void setup() {
        SlaReport.Setup s = r.setup();
        if (s == null) {
            return;
        }
        line("## Results");
        line("");
        line("### Setup");
        line("");
        line("Kafka broker ready in %.1f s, PostgreSQL in %.1f s, the monitor ready %.1f s after its start; %d topics. "
                        + "Monitor JVM options `%s`; broker JVM options `%s`.", s.brokerReadySeconds(),
                s.postgresReadySeconds(), s.monitorReadySeconds(), s.topics(), String.join(" ", s.monitorJvmOptions()),
                String.join(" ", s.brokerJvmOptions()));
        line("Monitor environment (everything else inherited `AFTERSALES_*`, `SPRING_*`, `SERVER_*`, `MANAGEMENT_*`, "
                + "`LOGGING_*`, `JAVA_TOOL_OPTIONS` was removed): %s.", s.monitorEnvironment().entrySet().stream()
                .map(e -> "`" + e.getKey() + "=" + e.getValue() + "`").reduce((a, b) -> a + ", " + b).orElse("–"));
        line("");
    }

    private void load() {
        LoadPhase.Result l = r.load();
        if (l == null) {
            return;
        }
        line("### 1. Load");
        line("");
        line("| | |");
        line("|---|---|");
        line("| clocks | %s, deadlines %s … %s (%.1f per second) |", count(l.clocks()), l.plannedFirstDue(),
                l.plannedLastDue(), l.dueRatePerSecond());
        line("| produced | %.1f s (%s events/s, %.0f MB of JSON) |", l.produceSeconds(),
                count(Math.round(l.producedPerSecond())), l.producedBodyBytes() / 1e6);
        line("| consumed by the monitor (group lag 0) | %s after the first event was sent (%s events/s) |",
                opt(l.consumedSeconds(), "%.1f s"), l.consumedPerSecond() == null ? "–"
                        : count(Math.round(l.consumedPerSecond())));
        line("| `aftersales_sla_clocks_open` = %s | %s |", count(l.clocks()), opt(l.allOpenSeconds(), "%.1f s"));
        line("| every warning published | %s (%s `SlaWarning`, %s `SlaClockStarted` read) |",
                opt(l.warningsSeconds(), "%.1f s"), count(l.warningsRead()), count(l.clocksStartedRead()));
        line("| CPU during the load | monitor %.1f s, broker %.1f s |", l.monitorCpuSeconds(), l.brokerCpuSeconds());
        line("| monitor RSS after the load | %.0f MiB |", l.monitorRssMibAfter());
        if (l.overranWarmup()) {
            line("| **note** | the load took longer than the warm-up: some deadlines fell due during it (they are not "
                    + "in the detection window) |");
        }
        line("");
    }

    private void detection() {
        DetectionWindow.Result d = r.detection();
        if (d == null) {
            return;
        }
        line("### 2. Detection lag (window %s → %s, %s)", d.windowStart(), d.windowEnd(), dur(d.windowSeconds()));
        line("");
        line("Open clocks at the start %s, at the end %s. Deadlines due in the window: %s; `SlaDeadlineAction` read for "
                        + "%s (%s missing), `SlaBreached` level 1 for %s (%s missing).", count(d.openClocksAtStart()),
                count(d.openClocksAtEnd()), count(d.expectedDeadlines()), count(d.actionsObserved()),
                count(d.actionsMissing()), count(d.breachesObserved()), count(d.breachesMissing()));
        if (d.note() != null) {
            line("");
            line("**Note:** %s.", d.note());
        }
        line("");
        line("| lag | count | p50 | p90 | p99 | p99.9 | max | mean |");
        line("|---|---|---|---|---|---|---|---|");
        distributionRow("`SlaDeadlineAction` time − dueAt", d.emittedLag());
        distributionRow("`SlaBreached` (level 1) time − dueAt", d.breachEmittedLag());
        distributionRow("arrival at a read_committed reader − dueAt", d.visibleLag());
        line("");
        line("| resources in the window | |");
        line("|---|---|");
        line("| monitor CPU | %.1f s = %.3f cores; %s ms per deadline |", d.cpu().seconds("sla-monitor"),
                d.monitorCores(), num3(d.monitorCpuMillisPerDeadline()));
        line("| broker CPU | %.1f s = %.3f cores |", d.cpu().seconds("kafka broker"), d.brokerCores());
        line("| monitor + broker per deadline | %s ms |", num3(d.monitorAndBrokerCpuMillisPerDeadline()));
        line("| benchmark JVM CPU (reader, sampling) | %.1f s |", d.cpu().seconds("benchmark JVM"));
        line("| other processes on the machine | %.3f cores |", d.otherCores());
        line("| monitor RSS (%d samples) | min %.0f MiB, mean %.0f MiB, max %.0f MiB |", d.monitorRss().samples(),
                d.monitorRss().minMib(), d.monitorRss().meanMib(), d.monitorRss().maxMib());
        line("| punctuations in the window | %s, mean %s ms; recent max %s ms (`aftersales.sla.punctuation.duration`) |",
                count(d.punctuations()), num3(d.punctuationMeanMillis()), num3(d.punctuationRecentMaxMillis()));
        line("");
    }

    private void restore() {
        RestoreAfterKill.Result x = r.restore();
        if (x == null) {
            return;
        }
        line("### 3. Restore after `kill -9` (killed at %s)", x.killedAt());
        line("");
        line("| | |");
        line("|---|---|");
        line("| state before the kill | %s open clocks; state directory %.1f MiB; changelog end offsets %s (%s); "
                        + "monitor RSS %.0f MiB |", count(x.openClocksBeforeKill()), x.stateDirMibBeforeKill(),
                count(x.changelogEndOffsets()), String.join(", ", x.changelogTopics()), x.monitorRssMibBeforeKill());
        line("| kill → ready (readiness UP) | %.1f s (%.1f s from the new JVM's start) |", x.killToReadySeconds(),
                x.launchToReadySeconds());
        line("| kill → lag normal again (≤ %d ms) | %s%s |", x.normalThresholdMillis(),
                x.killToNormalSeconds() == null ? "not within the observation"
                        : String.format(Locale.ROOT, "%.1f s", x.killToNormalSeconds()),
                x.normalFromDue() == null ? "" : " (from the deadline due at " + x.normalFromDue() + " on)");
        line("| deadlines due while it was down (kill → ready) | %s: %s records, %s distinct ids, %s distinct "
                        + "cases, %s missing → %s |", count(x.dueWhileDown()),
                count(x.announcedDueWhileDown().records()), count(x.announcedDueWhileDown().distinctEventIds()),
                count(x.announcedDueWhileDown().distinctCases()), count(x.missingDueWhileDown()),
                x.dueWhileDownOnce() ? "each announced once" : "**not each once**");
        line("| their lag (catch-up) | %s |", dist(x.catchUpLag()));
        line("| lag once normal, until %s after ready | %s |", dur(x.observedSeconds()), dist(x.lagOnceNormal()));
        line("| deadlines in the observation never announced | %s |", count(x.missingInObservation()));
        line("| whole run, `SlaDeadlineAction` | %s |", counts(x.wholeRunActions()));
        line("| whole run, `SlaBreached` level 1 | %s (higher levels: %s) |", counts(x.wholeRunBreaches()),
                count(x.higherLevelBreaches()));
        line("| after the restore | %s open clocks; monitor RSS %.0f MiB |", count(x.openClocksAfter()),
                x.monitorRssMibAfter());
        line("");
        if (x.restartLog() != null && !x.restartLog().isEmpty()) {
            line("The restarted monitor's log, times from the kill:");
            line("");
            line("```");
            x.restartLog().forEach(l -> line("%s", l));
            line("```");
            line("");
        }
    }

    private void baseline() {
        PollingBaseline.Setup s = r.baselineSetup();
        if (s == null) {
            return;
        }
        line("### 4. Baseline: an indexed `due_at <= now()` query polled every P seconds");
        line("");
        line("PostgreSQL %s (%s). `%s`; `%s`. %s rows (%s loaded as already fired), COPY %.1f s, index %.1f s, "
                        + "`vacuum analyze` + `checkpoint` %.1f s; table %.0f MiB, open-deadline index %.0f MiB, total "
                        + "%.0f MiB.", s.postgresVersion(), s.settings().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).reduce((a, b) -> a + ", " + b).orElse(""),
                s.tableDdl(), s.indexDdl(), count(s.rows()), count(s.loadedAsFired()), s.loadSeconds(),
                s.indexSeconds(), s.settleSeconds(), s.tableBytes() / 1048576.0, s.openIndexBytes() / 1048576.0,
                s.totalBytes() / 1048576.0);
        line("");
        line("Poll: `%s`, then `%s`, commit; repeated until a batch is short.", s.claimQuery(), s.markQuery());
        line("");
        for (PollingBaseline.Result b : r.baselines()) {
            line("**Every %s**%s — window %s → %s (%s, %d polls, %d late starts): %s deadlines fired, %s left unfired.",
                    b.label().replace("every ", ""), b.matchedToMonitorP99() ? " (matched to the monitor's p99)" : "",
                    b.windowStart(), b.windowEnd(), dur(b.windowSeconds()), b.polls(), b.overruns(), count(b.fired()),
                    count(b.leftUnfired()));
            line("");
            line("| lag | count | p50 | p90 | p99 | p99.9 | max | mean |");
            line("|---|---|---|---|---|---|---|---|");
            distributionRow("fired_at − due_at", b.firedLag());
            distributionRow("poller saw its commit − due_at", b.committedLag());
            line("");
            line("Poll duration mean %.1f ms, max %.0f ms. CPU: PostgreSQL %.2f s (%.3f cores), poller thread %.2f s "
                            + "(%.3f cores) → %s ms per deadline; other processes %.3f cores; PostgreSQL processes' "
                            + "RSS %.0f MiB (shared buffers counted per process).", b.meanPollMillis(), b.maxPollMillis(),
                    b.postgresCpuSeconds(), b.postgresCores(), b.pollerCpuSeconds(), b.pollerCores(),
                    num3(b.cpuMillisPerDeadline()), b.otherCores(), b.postgresRssMib());
            line("");
        }
    }

    private void notes() {
        line("## Notes and caveats");
        line("");
        for (String note : r.notes()) {
            line("- %s", note);
        }
        line("");
    }

    private void distributionRow(String name, Distribution d) {
        if (d == null) {
            line("| %s | 0 | – | – | – | – | – | – |", name);
            return;
        }
        line("| %s | %s | %s | %s | %s | %s | %s | %s |", name, count(d.count()), secs(d.p50Millis()),
                secs(d.p90Millis()), secs(d.p99Millis()), secs(d.p999Millis()), secs(d.maxMillis()),
                String.format(Locale.ROOT, "%.3f s", d.meanMillis() / 1000));
    }

    private static String dist(Distribution d) {
        return d == null ? "none" : String.format(Locale.ROOT, "%s deadlines: p50 %s, p99 %s, max %s",
                count(d.count()), secs(d.p50Millis()), secs(d.p99Millis()), secs(d.maxMillis()));
    }

    private static String counts(Firings.Counts c) {
        return String.format(Locale.ROOT, "%s records, %s distinct ids, %s distinct cases → %s", count(c.records()),
                count(c.distinctEventIds()), count(c.distinctCases()), c.eachOnce() ? "no duplicates" : "**duplicates**");
    }

    private static String secs(long millis) {
        return String.format(Locale.ROOT, "%.3f s", millis / 1000.0);
    }

    private static String dur(double seconds) {
        return seconds >= 120 && seconds % 60 == 0 ? String.format(Locale.ROOT, "%.0f min", seconds / 60)
                : String.format(Locale.ROOT, "%.0f s", seconds);
    }

    private static String times(Double ratio) {
        if (ratio == null) {
            return "–";
        }
        if (ratio >= 10) {
            return String.format(Locale.ROOT, "×%,.0f", ratio);
        }
        if (ratio >= 0.1) {
            return String.format(Locale.ROOT, "×%.2f", ratio);
        }
        return String.format(Locale.ROOT, "×%.4f = 1/%,.0f", ratio, 1 / ratio);
    }

    private static String num3(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String opt(Double value, String format) {
        return value == null ? "not reached" : String.format(Locale.ROOT, format, value);
    }

    private static String count(Object value) {
        if (value instanceof Number n) {
            return String.format(Locale.ROOT, "%,d", n.longValue());
        }
        return String.valueOf(value);
    }

    private void line(String format, Object... args) {
        out.append(args.length == 0 ? format : String.format(Locale.ROOT, format, args)).append('\n');
    }
}
