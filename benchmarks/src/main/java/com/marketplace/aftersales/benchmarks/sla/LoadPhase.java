package com.marketplace.aftersales.benchmarks.sla;

import com.marketplace.aftersales.benchmarks.infra.CpuAccount;
import com.marketplace.aftersales.benchmarks.infra.Pause;
import com.marketplace.aftersales.benchmarks.infra.Progress;
import java.time.Duration;
import java.time.Instant;

/**
 * Phase 1: produce the plan's clocks, then wait until the monitor has consumed every one (its group's lag is 0), has
 * them open ({@code aftersales_sla_clocks_open}), and has published the warning of each (the warning points, 80 % of
 * 5 days, all lie in the past, so every clock's warning fires right after the load; they must be out of the way
 * before deadlines are measured).
 */
public final class LoadPhase {

    private static final Duration CHECK_EVERY = Duration.ofSeconds(2);
    private static final Duration PRINT_EVERY = Duration.ofSeconds(15);

    /**
     * @param consumedSeconds from the first record sent until the group's lag was 0
     * @param warningsSeconds from the first record sent until every due warning was read from the output topic
     */
    public record Result(int clocks, String startedAt, String plannedFirstDue, String plannedLastDue,
                         double dueRatePerSecond, double produceSeconds, double producedPerSecond,
                         long producedBodyBytes, Double consumedSeconds, Double consumedPerSecond,
                         Double allOpenSeconds, Double warningsSeconds, long openClocks, long warningsRead,
                         long clocksStartedRead, double monitorCpuSeconds, double brokerCpuSeconds,
                         double monitorRssMibAfter, boolean overranWarmup) {
    }

    private final MonitorUnderTest target;
    private final Progress progress;
    private final Duration timeout;

    public LoadPhase(MonitorUnderTest target, Progress progress, Duration timeout) {
        this.target = target;
        this.progress = progress;
        this.timeout = timeout;
    }

    public Result run(ClockPlan plan, long eventIdBits) {
        int n = plan.count();
        progress.line("load", "%,d clocks: MerchantVerificationRequested on aftersales.diagnosis.v1, deadlines "
                + "uniform over [%s, %s] (%.1f per second)", n, Instant.ofEpochMilli(plan.firstDueMillis()),
                Instant.ofEpochMilli(plan.lastDueMillis()), plan.dueRatePerSecond());
        CpuAccount cpuBefore = target.cpu();
        ClockLoader.Produced produced = ClockLoader.produce(target.broker().bootstrapServers(), plan, eventIdBits,
                progress);
        progress.line("load", "produced %,d events in %.1f s (%,.0f/s, %.0f MB of JSON)", produced.records(),
                produced.seconds(), produced.records() / produced.seconds(), produced.bodyBytes() / 1e6);
        Instant start = produced.startedAt();
        Instant deadline = Instant.now().plus(timeout);
        Double consumed = null;
        Double allOpen = null;
        Double warned = null;
        long open = 0;
        long warnings = 0;
        Instant nextPrint = Instant.now();
        while (consumed == null || allOpen == null || warned == null) {
            target.listener().checkHealthy();
            if (!target.monitor().isAlive()) {
                throw new IllegalStateException("The sla-monitor died during the load (see its log)");
            }
            long lag = target.lag();
            open = target.openClocks();
            warnings = target.listener().count("SlaWarning");
            // a warning is not published once its deadline has passed (the monitor was behind): not expected then
            long warningsDue = n - plan.countDueBetween(Long.MIN_VALUE, System.currentTimeMillis());
            Instant now = Instant.now();
            double elapsed = Duration.between(start, now).toMillis() / 1000.0;
            if (consumed == null && lag == 0) {
                consumed = elapsed;
                progress.line("load", "the monitor consumed all %,d events %.1f s after the first was sent "
                        + "(%,.0f/s)", n, elapsed, n / elapsed);
            }
            if (allOpen == null && open >= n) {
                allOpen = elapsed;
                progress.line("load", "aftersales_sla_clocks_open = %,d after %.1f s", open, elapsed);
            }
            if (warned == null && consumed != null && warnings >= warningsDue) {
                warned = elapsed;
                progress.line("load", "all %,d warnings published after %.1f s", warnings, elapsed);
            }
            if (!now.isBefore(nextPrint)) {
                progress.line("load", "lag %,d · open %,d · warnings %,d · monitor RSS %.0f MiB", lag, open,
                        warnings, target.rssMib());
                nextPrint = now.plus(PRINT_EVERY);
            }
            if (now.isAfter(deadline)) {
                throw new IllegalStateException("The load did not complete within " + timeout + ": lag " + lag
                        + ", open " + open + ", warnings " + warnings);
            }
            if (consumed == null || allOpen == null || warned == null) {
                Pause.of(CHECK_EVERY);
            }
        }
        CpuAccount.CpuUsage cpu = target.cpu().since(cpuBefore);
        boolean overran = System.currentTimeMillis() > plan.firstDueMillis();
        if (overran) {
            progress.line("load", "the load took longer than the warm-up: %,d deadlines fell due during it",
                    plan.countDueBetween(Long.MIN_VALUE, System.currentTimeMillis()));
        }
        return new Result(n, start.toString(), Instant.ofEpochMilli(plan.firstDueMillis()).toString(),
                Instant.ofEpochMilli(plan.lastDueMillis()).toString(), plan.dueRatePerSecond(), produced.seconds(),
                produced.records() / produced.seconds(), produced.bodyBytes(), consumed, n / consumed, allOpen, warned,
                open, warnings, target.listener().count("SlaClockStarted"), cpu.seconds(MonitorUnderTest.MONITOR),
                cpu.seconds(MonitorUnderTest.BROKER), target.rssMib(), overran);
    }
}
