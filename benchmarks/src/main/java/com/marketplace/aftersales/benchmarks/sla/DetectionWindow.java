package com.marketplace.aftersales.benchmarks.sla;

import com.marketplace.aftersales.benchmarks.infra.CpuAccount;
import com.marketplace.aftersales.benchmarks.infra.Pause;
import com.marketplace.aftersales.benchmarks.infra.Progress;
import com.marketplace.aftersales.benchmarks.infra.PrometheusText;
import com.marketplace.aftersales.benchmarks.infra.RssSampler;
import com.marketplace.aftersales.benchmarks.stats.Distribution;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Phase 2: with every clock loaded, watch the deadlines of a window of wall time fall due. For each deadline of the
 * window, lag = the CloudEvents {@code time} of its {@code SlaDeadlineAction} (when the monitor's punctuation fired
 * it) − its {@code dueAt}; also when a {@code read_committed} reader actually received it (after the monitor's
 * transaction committed). Meanwhile the monitor's resident memory is sampled and its CPU time, and the broker's,
 * read at both ends of the window.
 */
public final class DetectionWindow {

    private static final Duration RSS_EVERY = Duration.ofSeconds(2);
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofMinutes(15);
    private static final Duration STRAGGLER_GRACE = Duration.ofSeconds(60);

    public record Result(String windowStart, String windowEnd, double windowSeconds,
                         double waitedForFirstDeadlinesSeconds, String note, int expectedDeadlines,
                         long actionsObserved, int actionsMissing, long breachesObserved, int breachesMissing,
                         Distribution emittedLag, Distribution visibleLag, Distribution breachEmittedLag,
                         long openClocksAtStart, long openClocksAtEnd, RssSampler.Rss monitorRss,
                         CpuAccount.CpuUsage cpu, double monitorCores, double brokerCores, double otherCores,
                         Double monitorCpuMillisPerDeadline, Double monitorAndBrokerCpuMillisPerDeadline,
                         long punctuations, Double punctuationMeanMillis, Double punctuationRecentMaxMillis) {
    }

    private final MonitorUnderTest target;
    private final Progress progress;

    public DetectionWindow(MonitorUnderTest target, Progress progress) {
        this.target = target;
        this.progress = progress;
    }

    public Result run(ClockPlan plan, Duration window) {
        long waitStarted = System.currentTimeMillis();
        if (waitStarted < plan.firstDueMillis()) {
            progress.line("detect", "waiting %.0f s for the first deadlines (the warm-up)",
                    (plan.firstDueMillis() - waitStarted) / 1000.0);
            Pause.of(Duration.ofMillis(plan.firstDueMillis() - waitStarted));
        }
        String note = awaitCaughtUp(plan);
        double waited = (System.currentTimeMillis() - waitStarted) / 1000.0;

        PrometheusText metricsBefore = target.monitor().scrape();
        CpuAccount cpuBefore = target.cpu();
        RssSampler rss = RssSampler.start(() -> target.monitor().pid(), RSS_EVERY);
        long start = System.currentTimeMillis();
        long end = start + window.toMillis();
        int expected = plan.countDueBetween(start, end);
        progress.line("detect", "window %s → %s: %,d deadlines fall due in it", Instant.ofEpochMilli(start),
                Instant.ofEpochMilli(end), expected);
        while (System.currentTimeMillis() < end) {
            Pause.of(Duration.ofMillis(Math.min(60_000, Math.max(1, end - System.currentTimeMillis()))));
            target.listener().checkHealthy();
            if (!target.monitor().isAlive()) {
                throw new IllegalStateException("The sla-monitor died during the detection window (see its log)");
            }
            List<Firing> sofar = target.listener().firings().firstPerCase(Firing.Kind.ACTION, start, end);
            Distribution partial = Distribution.ofOrNull(Firings.emittedLags(sofar));
            progress.line("detect", "%,d deadlines announced so far%s · monitor RSS %.0f MiB", sofar.size(),
                    partial == null ? "" : String.format(" · lag p50 %d ms, p99 %d ms, max %d ms",
                            partial.p50Millis(), partial.p99Millis(), partial.maxMillis()), target.rssMib());
        }
        CpuAccount.CpuUsage cpu = target.cpu().since(cpuBefore);
        RssSampler.Rss memory = rss.finish();
        PrometheusText metricsAfter = target.monitor().scrape();

        awaitAnnounced(plan, start, end);
        Firings firings = target.listener().firings();
        List<Firing> actions = firings.firstPerCase(Firing.Kind.ACTION, start, end);
        List<Firing> breaches = firings.firstPerCase(Firing.Kind.BREACH, start, end);
        int[] dueInWindow = plan.indicesDueBetween(start, end);
        Distribution emitted = Distribution.ofOrNull(Firings.emittedLags(actions));
        Distribution visible = Distribution.ofOrNull(Firings.visibleLags(actions));
        Distribution breachLag = Distribution.ofOrNull(Firings.emittedLags(breaches));
        double monitorSeconds = cpu.seconds(MonitorUnderTest.MONITOR);
        double brokerSeconds = cpu.seconds(MonitorUnderTest.BROKER);
        Double perDeadline = actions.isEmpty() ? null : monitorSeconds * 1000 / actions.size();
        Double withBroker = actions.isEmpty() ? null : (monitorSeconds + brokerSeconds) * 1000 / actions.size();
        double punctuations = metricsAfter.sum("aftersales_sla_punctuation_duration_seconds_count")
                - metricsBefore.sum("aftersales_sla_punctuation_duration_seconds_count");
        double punctuationSeconds = metricsAfter.sum("aftersales_sla_punctuation_duration_seconds_sum")
                - metricsBefore.sum("aftersales_sla_punctuation_duration_seconds_sum");
        double recentMax = metricsAfter.max("aftersales_sla_punctuation_duration_seconds_max");
        Result result = new Result(Instant.ofEpochMilli(start).toString(), Instant.ofEpochMilli(end).toString(),
                window.toMillis() / 1000.0, waited, note, expected, actions.size(),
                firings.missing(Firing.Kind.ACTION, dueInWindow), breaches.size(),
                firings.missing(Firing.Kind.BREACH, dueInWindow), emitted, visible, breachLag,
                MonitorUnderTest.openClocks(metricsBefore), MonitorUnderTest.openClocks(metricsAfter), memory, cpu,
                cpu.cores(MonitorUnderTest.MONITOR), cpu.cores(MonitorUnderTest.BROKER), cpu.otherCores(),
                perDeadline, withBroker, Math.round(punctuations),
                punctuations > 0 ? punctuationSeconds * 1000 / punctuations : null,
                Double.isNaN(recentMax) ? null : recentMax * 1000);
        if (emitted != null) {
            progress.line("detect", "%,d of %,d deadlines announced; lag p50 %d ms, p99 %d ms, max %d ms "
                            + "(visible to read_committed readers: p99 %d ms); monitor %.2f cores, broker %.2f cores, "
                            + "RSS max %.0f MiB", actions.size(), expected, emitted.p50Millis(), emitted.p99Millis(),
                    emitted.maxMillis(), visible.p99Millis(), result.monitorCores(), result.brokerCores(),
                    memory.maxMib());
        } else {
            progress.line("detect", "no deadline of the window was announced");
        }
        return result;
    }

    /**
     * Before the window starts, every deadline that is already due must have been announced: a monitor still working
     * off a backlog (a load that overran the warm-up) would be measured catching up, not in its steady state.
     */
    private String awaitCaughtUp(ClockPlan plan) {
        Instant deadline = Instant.now().plus(CATCH_UP_TIMEOUT);
        while (true) {
            long cutoff = System.currentTimeMillis() - 3000;
            int due = plan.countDueBetween(Long.MIN_VALUE, cutoff);
            long announced = target.listener().firings().counts(Firing.Kind.ACTION, Long.MIN_VALUE, cutoff)
                    .distinctCases();
            if (announced >= due) {
                return null;
            }
            if (Instant.now().isAfter(deadline)) {
                String note = String.format("the window started with %,d of %,d past deadlines still unannounced",
                        due - announced, due);
                progress.line("detect", note);
                return note;
            }
            Pause.of(Duration.ofSeconds(1));
        }
    }

    /** Deadlines due at the very end of the window are announced just after it: wait for them (bounded). */
    private void awaitAnnounced(ClockPlan plan, long start, long end) {
        int expected = plan.countDueBetween(start, end);
        Instant deadline = Instant.now().plus(STRAGGLER_GRACE);
        while (Instant.now().isBefore(deadline)) {
            Firings firings = target.listener().firings();
            if (firings.counts(Firing.Kind.ACTION, start, end).distinctCases() >= expected
                    && firings.counts(Firing.Kind.BREACH, start, end).distinctCases() >= expected) {
                return;
            }
            Pause.of(Duration.ofMillis(500));
        }
    }
}
