package com.marketplace.aftersales.benchmarks.sla;

import com.marketplace.aftersales.benchmarks.baseline.PollingBaseline;
import com.marketplace.aftersales.benchmarks.infra.JavaChild;
import com.marketplace.aftersales.benchmarks.infra.KafkaBrokerChild;
import com.marketplace.aftersales.benchmarks.infra.MonitorProcess;
import com.marketplace.aftersales.benchmarks.infra.Progress;
import com.marketplace.aftersales.benchmarks.infra.RunResources;
import com.marketplace.aftersales.benchmarks.report.MachineInfo;
import com.marketplace.aftersales.benchmarks.report.ReportFiles;
import com.marketplace.aftersales.benchmarks.report.SlaReport;
import com.marketplace.aftersales.benchmarks.report.SourceInfo;
import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.devstack.infra.EmbeddedPostgresServer;
import com.marketplace.aftersales.devstack.infra.TopicProvisioner;
import com.marketplace.aftersales.devstack.keys.DevJwtKeys;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code benchmark sla}: the sla-monitor with a million open clocks on this machine — detection lag, memory, restore
 * after {@code kill -9} — and, in the same run, the polled-table baseline. Phases in order, each in its own class;
 * this class starts and stops what they run on and writes the report (also when a phase fails or the run is
 * interrupted: then marked partial).
 */
public final class SlaBenchmark {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final SlaOptions options;
    private final Progress progress;
    private final SlaReport report;

    private SlaBenchmark(SlaOptions options, Progress progress, SlaReport report) {
        this.options = options;
        this.progress = progress;
        this.report = report;
    }

    public static int run(SlaOptions options, PrintStream out) {
        Progress progress = new Progress(out);
        SlaReport report = new SlaReport("./aftersales benchmark sla " + options.describe(), parameters(options),
                options.quick());
        ReportFiles files = new ReportFiles(options.outDir(),
                ReportFiles.baseName("sla", LocalDate.now(), options.quick()));
        if (!Files.isRegularFile(options.monitorJar())) {
            out.println("The sla-monitor jar is missing: " + options.monitorJar() + "\nBuild it with "
                    + "./mvnw -q -B -pl sla-monitor package -DskipTests (./aftersales benchmark does that for you)");
            return 2;
        }
        progress.line("start", "benchmark sla %s; results go to %s", options.describe(), files.markdown());
        int exit = 0;
        RunResources resources = RunResources.create("aftersales-bench-sla-", progress);
        resources.onInterrupt(() -> {
            report.incomplete("interrupted (Ctrl-C or SIGTERM)");
            files.write(report);
            progress.line("report", "partial results written to %s", files.markdown());
        });
        try {
            new SlaBenchmark(options, progress, report).execute(resources);
            report.complete();
        } catch (RuntimeException | InterruptedException | java.sql.SQLException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines()
                    .findFirst().orElse("");
            report.incomplete(reason);
            progress.line("failed", "%s", e.getMessage());
            exit = 1;
        } finally {
            if (!resources.closed()) {
                resources.close();
                files.write(report);
                progress.line("report", "%s and %s", files.markdown(), files.json().getFileName());
            }
        }
        return exit;
    }

    private void execute(RunResources resources) throws InterruptedException, java.sql.SQLException {
        Path temp = resources.tempDir();
        Path logs = temp.resolve("logs");
        report.machine(MachineInfo.read());
        Path jar = temp.resolve("sla-monitor.jar");
        try {
            // A copy: the jar in the repository may be rebuilt by someone during an hour-long run.
            Files.copy(options.monitorJar(), jar, StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot copy the monitor jar: " + e.getMessage(), e);
        }
        report.source(SourceInfo.read(options.repo(), options.monitorJar()));
        notes();

        long began = System.nanoTime();
        KafkaBrokerChild broker = resources.register("kafka broker", KafkaBrokerChild.start(temp.resolve("kafka"),
                options.kafkaPort(), logs.resolve("kafka.log"), START_TIMEOUT), KafkaBrokerChild::stop);
        double brokerReady = seconds(began);
        progress.line("setup", "Kafka broker (KRaft, pid %d) on %s in %.1f s", broker.pid(),
                broker.bootstrapServers(), brokerReady);
        began = System.nanoTime();
        EmbeddedPostgresServer postgres = resources.register("postgresql", EmbeddedPostgresServer.start(
                temp.resolve("postgres"), options.postgresPort(), true, false, false, logs.resolve("postgres.log")),
                EmbeddedPostgresServer::close);
        postgres.createDatabase("baseline");
        double postgresReady = seconds(began);
        progress.line("setup", "PostgreSQL (pid %s) on port %d in %.1f s", postgres.pid().orElse(-1),
                postgres.port(), postgresReady);
        TopicProvisioner.createMissing(broker.bootstrapServers(), (short) 1);
        DevJwtKeys keys = DevJwtKeys.ensure(temp.resolve("keys"));

        int port = JavaChild.freePorts(1)[0];
        Path stateDir = temp.resolve("monitor-state");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("SERVER_ADDRESS", "127.0.0.1");
        env.put("AFTERSALES_KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        env.put("AFTERSALES_SLA_STATE_DIR", stateDir.toString());
        env.put("AFTERSALES_JWT_PUBLIC_KEY_LOCATION", "file:" + keys.publicKey());
        env.put("AFTERSALES_PARENT_PID", String.valueOf(ProcessHandle.current().pid()));
        // The two loggers say when each store's restoration ends (the platform keeps org.apache.kafka at WARN).
        List<String> jvm = List.of("-Xmx" + options.monitorHeap(), "-XX:+ExitOnOutOfMemoryError",
                "-Dlogging.level.org.apache.kafka.streams.processor.internals.StoreChangelogReader=INFO",
                "-Dlogging.level.org.apache.kafka.streams.processor.internals.DefaultStateUpdater=INFO");
        MonitorProcess monitor = resources.register("sla-monitor",
                new MonitorProcess(jar, jvm, env, port, logs.resolve("sla-monitor.log"), temp), MonitorProcess::stop);
        began = System.nanoTime();
        monitor.start();
        monitor.awaitReady(START_TIMEOUT);
        double monitorReady = seconds(began);
        progress.line("setup", "sla-monitor (pid %d) ready on port %d in %.1f s", monitor.pid(), port, monitorReady);
        report.setup(new SlaReport.Setup(brokerReady, postgresReady, monitorReady, env, jvm,
                KafkaBrokerChild.JVM_OPTIONS, "temporary", Topics.all().size()));

        SecureRandom random = new SecureRandom();
        CaseIds ids = new CaseIds(random.nextLong(), options.clocks());
        ConsumerGroupLag offsets = resources.register("admin client", new ConsumerGroupLag(broker.bootstrapServers()),
                ConsumerGroupLag::close);
        SlaTopicListener listener = resources.register("sla topic reader",
                SlaTopicListener.start(broker.bootstrapServers(), ids), SlaTopicListener::close);
        MonitorUnderTest target = new MonitorUnderTest(monitor, broker, listener, offsets);

        ClockPlan plan = ClockPlan.create(ids, java.time.Instant.now(), options.warmup(), options.spread(),
                options.seed());
        report.load(new LoadPhase(target, progress, options.loadTimeout()).run(plan, random.nextLong()));
        DetectionWindow.Result detection = new DetectionWindow(target, progress).run(plan, options.window());
        report.detection(detection);
        report.restore(new RestoreAfterKill(target, progress, stateDir)
                .run(plan, detection.emittedLag(), options.restoreObservation()));

        progress.line("baseline", "stopping the monitor and the broker: the baseline gets the cores to itself");
        listener.close();
        monitor.stop();
        broker.stop();
        runBaseline(postgres, plan, java.time.Instant.parse(detection.windowStart()).toEpochMilli(), detection);
    }

    private void runBaseline(EmbeddedPostgresServer postgres, ClockPlan plan, long monitorWindowStart,
                             DetectionWindow.Result detection) throws java.sql.SQLException {
        try (PollingBaseline baseline = new PollingBaseline(postgres.jdbcUrl("baseline"), EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD, () -> postgres.pid().orElse(-1), progress)) {
            Duration lead = Duration.ofSeconds(15 + plan.count() / 20_000);
            report.baselineSetup(baseline.prepare(plan, monitorWindowStart, lead));
            List<String> chosen = new ArrayList<>();
            for (SlaOptions.PollInterval interval : options.pollIntervals()) {
                Duration every;
                boolean matched = interval.matchMonitorP99();
                if (matched) {
                    if (detection.emittedLag() == null) {
                        report.note("The poll interval matched to the monitor's p99 was skipped: no p99 was measured.");
                        continue;
                    }
                    long seconds = Math.max(1, (long) Math.ceil(detection.emittedLag().p99Millis() / 1000.0));
                    every = Duration.ofSeconds(seconds);
                } else {
                    every = interval.every();
                }
                Duration window = PollingBaseline.windowFor(options.window(), every);
                chosen.add(String.format(Locale.ROOT, "P = %d s%s: window %s (%d polls)", every.toSeconds(),
                        matched ? " (the monitor's p99 " + detection.emittedLag().p99Millis() + " ms, rounded up)" : "",
                        SlaOptions.human(window), window.toMillis() / every.toMillis()));
                report.baseline(baseline.measure("every " + every.toSeconds() + " s", every, matched, window));
            }
            report.note("Baseline windows chosen per poll interval (max(--window, 2 × P), whole polls): "
                    + String.join("; ", chosen) + ".");
        }
    }

    private void notes() {
        report.note("The lag of the monitor is the CloudEvents `time` of its `SlaDeadlineAction`, which the monitor "
                + "sets to the wall-clock time of the punctuation that fired the timer; the event reaches readers "
                + "only when the task's transaction commits (the \"arrival\" row shows that, measured by this "
                + "benchmark's reader).");
        report.note("The baseline measures detection only (mark fired, commit); a real poller would then also "
                + "notify someone, which the monitor's figures include (it publishes to Kafka in the same transaction).");
        report.note("The monitor's CPU includes everything its JVM does in the window (Streams polling, EOS commits, "
                + "actuator), not only firing timers; the broker's CPU is counted with it. The baseline's CPU is "
                + "PostgreSQL's processes plus the poller thread.");
        report.note("The machine is shared: builds and tests of other engineers may run during a window; their CPU "
                + "is shown as \"other processes\" for each window. Compare it before trusting small differences.");
        report.note("All clocks are loaded at once just before the window (a catch-up of the whole history), "
                + "which also fires every clock's warning (80 % of 5 days lies in the past) before the window starts. "
                + "In production clocks arrive over days; the stores then hold the same number of live timers but "
                + "fewer deleted ones.");
        if (options.note() != null) {
            report.note(options.note());
        }
        if (options.quick()) {
            report.note("Quick smoke run: small numbers and short windows; do not compare with the targets.");
        }
    }

    private static Map<String, Object> parameters(SlaOptions options) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("clocks", options.clocks());
        p.put("window", SlaOptions.human(options.window()));
        p.put("warmup", SlaOptions.human(options.warmup()));
        p.put("spread", SlaOptions.human(options.spread()));
        p.put("pollIntervals", String.join(",", options.pollIntervals().stream()
                .map(SlaOptions.PollInterval::toString).toList()));
        p.put("monitorHeap", options.monitorHeap());
        p.put("restoreObservation", SlaOptions.human(options.restoreObservation()));
        p.put("seed", options.seed());
        p.put("loadTimeout", SlaOptions.human(options.loadTimeout()));
        p.put("quick", options.quick());
        return p;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
