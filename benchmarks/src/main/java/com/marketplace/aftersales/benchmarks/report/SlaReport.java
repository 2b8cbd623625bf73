package com.marketplace.aftersales.benchmarks.report;

import com.marketplace.aftersales.benchmarks.baseline.PollingBaseline;
import com.marketplace.aftersales.benchmarks.sla.DetectionWindow;
import com.marketplace.aftersales.benchmarks.sla.LoadPhase;
import com.marketplace.aftersales.benchmarks.sla.RestoreAfterKill;
import com.marketplace.aftersales.benchmarks.stats.Ratio;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run of {@code benchmark sla} measured, filled in phase by phase. A run that fails or is interrupted still
 * writes what it has, marked partial with the reason.
 */
public final class SlaReport {

    public static final double TARGET_P99_SECONDS = 1.5;
    public static final double TARGET_RESTORE_SECONDS = 60;

    /** Monitor vs one baseline: baseline ÷ monitor, so "×300" means the baseline's is 300 times larger. */
    public record Comparison(String baseline, Double lagP50Ratio, Double lagP99Ratio, Double lagMaxRatio,
                             Double cpuPerDeadlineRatio, Double coresRatio) {
    }

    /** Startup of the run's infrastructure, in seconds. */
    public record Setup(double brokerReadySeconds, double postgresReadySeconds, double monitorReadySeconds,
                        Map<String, String> monitorEnvironment, List<String> monitorJvmOptions,
                        List<String> brokerJvmOptions, String postgresDataDirectory, int topics) {
    }

    /** The whole report as written to JSON. */
    public record Snapshot(String benchmark, String status, String incompleteReason, String startedAt,
                           String finishedAt, MachineInfo machine, SourceInfo source, String command,
                           Map<String, Object> parameters, Setup setup, LoadPhase.Result load,
                           DetectionWindow.Result detection, RestoreAfterKill.Result restore,
                           PollingBaseline.Setup baselineSetup, List<PollingBaseline.Result> baselines,
                           List<Comparison> comparisons, Map<String, Object> targets, List<String> notes) {
    }

    private final Instant startedAt = Instant.now();
    private final String command;
    private final Map<String, Object> parameters;
    private final boolean quick;
    private String status = "running";
    private String incompleteReason;
    private Instant finishedAt;
    private MachineInfo machine;
    private SourceInfo source;
    private Setup setup;
    private LoadPhase.Result load;
    private DetectionWindow.Result detection;
    private RestoreAfterKill.Result restore;
    private PollingBaseline.Setup baselineSetup;
    private final List<PollingBaseline.Result> baselines = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public SlaReport(String command, Map<String, Object> parameters, boolean quick) {
        this.command = command;
        this.parameters = new LinkedHashMap<>(parameters);
        this.quick = quick;
    }

    public synchronized void machine(MachineInfo value) {
        machine = value;
    }

    public synchronized void source(SourceInfo value) {
        source = value;
    }

    public synchronized void setup(Setup value) {
        setup = value;
    }

    public synchronized void load(LoadPhase.Result value) {
        load = value;
    }

    public synchronized void detection(DetectionWindow.Result value) {
        detection = value;
    }

    public synchronized void restore(RestoreAfterKill.Result value) {
        restore = value;
    }

    public synchronized void baselineSetup(PollingBaseline.Setup value) {
        baselineSetup = value;
    }

    public synchronized void baseline(PollingBaseline.Result value) {
        baselines.add(value);
    }

    public synchronized void note(String note) {
        notes.add(note);
    }

    public synchronized void complete() {
        if ("running".equals(status)) {
            status = "complete";
        }
        finishedAt = Instant.now();
    }

    /** Marks the run partial; the first reason given is kept (it is the cause, later ones are consequences). */
    public synchronized void incomplete(String reason) {
        if (!"partial".equals(status)) {
            status = "partial";
            incompleteReason = reason;
        }
        finishedAt = Instant.now();
    }

    public boolean quick() {
        return quick;
    }

    public synchronized Snapshot snapshot() {
        List<Comparison> comparisons = new ArrayList<>();
        if (detection != null && detection.emittedLag() != null) {
            for (PollingBaseline.Result baseline : baselines) {
                if (baseline.firedLag() == null) {
                    continue;
                }
                double monitorCores = detection.monitorCores() + detection.brokerCores();
                double baselineCores = baseline.postgresCores() + baseline.pollerCores();
                comparisons.add(new Comparison(baseline.label(),
                        Ratio.ofMillis(baseline.firedLag().p50Millis(), detection.emittedLag().p50Millis()),
                        Ratio.ofMillis(baseline.firedLag().p99Millis(), detection.emittedLag().p99Millis()),
                        Ratio.ofMillis(baseline.firedLag().maxMillis(), detection.emittedLag().maxMillis()),
                        Ratio.of(baseline.cpuMillisPerDeadline(), detection.monitorAndBrokerCpuMillisPerDeadline()),
                        Ratio.of(baselineCores, monitorCores)));
            }
        }
        Map<String, Object> targets = new LinkedHashMap<>();
        targets.put("p99LagSecondsAtMost", TARGET_P99_SECONDS);
        targets.put("restoreSecondsAtMost", TARGET_RESTORE_SECONDS);
        if (detection != null && detection.emittedLag() != null) {
            targets.put("p99LagMet", detection.emittedLag().p99Seconds() <= TARGET_P99_SECONDS);
        }
        if (restore != null) {
            targets.put("restoreUntilReadyMet", restore.killToReadySeconds() <= TARGET_RESTORE_SECONDS);
            targets.put("restoreUntilNormalLagMet", restore.killToNormalSeconds() != null
                    && restore.killToNormalSeconds() <= TARGET_RESTORE_SECONDS);
        }
        return new Snapshot("sla", status, incompleteReason, startedAt.toString(),
                finishedAt == null ? null : finishedAt.toString(), machine, source, command, parameters, setup, load,
                detection, restore, baselineSetup, List.copyOf(baselines), comparisons, targets, List.copyOf(notes));
    }
}
