package com.marketplace.aftersales.benchmarks.sla;

import com.marketplace.aftersales.benchmarks.infra.DiskUsage;
import com.marketplace.aftersales.benchmarks.infra.Pause;
import com.marketplace.aftersales.benchmarks.infra.Progress;
import com.marketplace.aftersales.benchmarks.stats.Distribution;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Phase 3: {@code kill -9} the monitor with its clocks in its stores, start it again on the same state directory,
 * and measure how long until it is ready (readiness UP: the Streams client RUNNING, stores restored) and until
 * deadlines are announced with their normal lag again. The deadlines that passed while it was down must each be
 * announced exactly once to {@code read_committed} readers (the ids are deterministic: records vs distinct ids).
 */
public final class RestoreAfterKill {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(30);
    private static final Duration STRAGGLER_GRACE = Duration.ofSeconds(60);

    /**
     * @param normalThresholdMillis a lag at or under it is "normal": the largest lag of the detection window, at least
     *                              the punctuation interval
     * @param killToNormalSeconds   from the kill to the due time of the first deadline from which on every deadline
     *                              of the observation was announced with a normal lag
     */
    public record Result(String killedAt, long openClocksBeforeKill, double stateDirMibBeforeKill,
                         List<String> changelogTopics, long changelogEndOffsets, double monitorRssMibBeforeKill,
                         double launchToReadySeconds, double killToReadySeconds, Double killToNormalSeconds,
                         String normalFromDue, long normalThresholdMillis, int dueWhileDown,
                         Firings.Counts announcedDueWhileDown, int missingDueWhileDown, boolean dueWhileDownOnce,
                         Distribution catchUpLag, Distribution lagOnceNormal, int missingInObservation,
                         Firings.Counts wholeRunActions, Firings.Counts wholeRunBreaches, long higherLevelBreaches,
                         double observedSeconds, double monitorRssMibAfter, long openClocksAfter,
                         List<String> restartLog) {
    }

    private final MonitorUnderTest target;
    private final Progress progress;
    private final Path stateDir;

    public RestoreAfterKill(MonitorUnderTest target, Progress progress, Path stateDir) {
        this.target = target;
        this.progress = progress;
        this.stateDir = stateDir;
    }

    public Result run(ClockPlan plan, Distribution steadyLag, Duration observation) throws InterruptedException {
        long open = target.openClocks();
        double stateMib = DiskUsage.bytes(stateDir) / 1024.0 / 1024.0;
        List<String> changelogs = target.offsets().topicsStartingWith(MonitorUnderTest.APPLICATION_ID + "-");
        long changelogOffsets = target.offsets().records(changelogs);
        double rssBefore = target.rssMib();
        progress.line("restore", "kill -9 of the monitor with %,d open clocks (state dir %.0f MiB, changelogs %,d "
                + "records by end offset)", open, stateMib, changelogOffsets);
        long killedAt = System.currentTimeMillis();
        target.monitor().killHard();
        target.monitor().start();
        long launchedAt = System.currentTimeMillis();
        Instant ready = target.monitor().awaitReady(READY_TIMEOUT);
        long readyAt = ready.toEpochMilli();
        progress.line("restore", "ready again %.1f s after the kill (%.1f s after the new start)",
                (readyAt - killedAt) / 1000.0, (readyAt - launchedAt) / 1000.0);

        long observeEnd = readyAt + observation.toMillis();
        while (System.currentTimeMillis() < observeEnd) {
            Pause.of(Duration.ofMillis(Math.min(15_000, Math.max(1, observeEnd - System.currentTimeMillis()))));
            target.listener().checkHealthy();
            List<Firing> since = target.listener().firings().firstPerCase(Firing.Kind.ACTION, killedAt, observeEnd);
            progress.line("restore", "%,d deadlines announced since the kill (%,d fell due)", since.size(),
                    plan.countDueBetween(killedAt, System.currentTimeMillis()));
        }
        awaitAnnounced(plan, killedAt, observeEnd);

        Firings firings = target.listener().firings();
        long threshold = Math.max(steadyLag == null ? 1500 : steadyLag.maxMillis(), 1000);
        List<Firing> after = firings.firstPerCase(Firing.Kind.ACTION, killedAt, observeEnd);
        int lastAbnormal = -1;
        for (int i = 0; i < after.size(); i++) {
            if (after.get(i).emittedLagMillis() > threshold) {
                lastAbnormal = i;
            }
        }
        Double killToNormal = null;
        String normalFrom = null;
        List<Firing> normal = List.of();
        if (lastAbnormal + 1 < after.size()) {
            Firing first = after.get(lastAbnormal + 1);
            killToNormal = (first.dueAtMillis() - killedAt) / 1000.0;
            normalFrom = Instant.ofEpochMilli(first.dueAtMillis()).toString();
            normal = after.subList(lastAbnormal + 1, after.size());
        }
        int[] downIndices = plan.indicesDueBetween(killedAt, readyAt - 1);
        Firings.Counts down = firings.counts(Firing.Kind.ACTION, killedAt, readyAt - 1);
        int missingDown = firings.missing(Firing.Kind.ACTION, downIndices);
        List<Firing> catchUp = firings.firstPerCase(Firing.Kind.ACTION, killedAt, readyAt - 1);
        int missingObserved = firings.missing(Firing.Kind.ACTION, plan.indicesDueBetween(killedAt, observeEnd));
        Firings.Counts allActions = firings.counts(Firing.Kind.ACTION, Long.MIN_VALUE, Long.MAX_VALUE);
        Firings.Counts allBreaches = firings.counts(Firing.Kind.BREACH, Long.MIN_VALUE, Long.MAX_VALUE);
        long higher = firings.counts(Firing.Kind.BREACH_HIGHER, Long.MIN_VALUE, Long.MAX_VALUE).records();
        Result result = new Result(Instant.ofEpochMilli(killedAt).toString(), open, stateMib, changelogs,
                changelogOffsets, rssBefore, (readyAt - launchedAt) / 1000.0, (readyAt - killedAt) / 1000.0,
                killToNormal, normalFrom, threshold, downIndices.length, down, missingDown,
                down.eachOnce() && down.records() == downIndices.length && missingDown == 0,
                Distribution.ofOrNull(Firings.emittedLags(catchUp)),
                Distribution.ofOrNull(Firings.emittedLags(normal)), missingObserved, allActions, allBreaches, higher,
                observation.toMillis() / 1000.0, target.rssMib(), target.openClocks(),
                RestoreTimeline.read(target.monitor().logFile(), killedAt));
        progress.line("restore", "%,d deadlines fell due while it was down: %,d records, %,d distinct ids, %,d "
                        + "missing → %s; lag back to normal (≤ %d ms) %s after the kill", downIndices.length,
                down.records(), down.distinctEventIds(), missingDown, result.dueWhileDownOnce() ? "each once"
                        : "NOT each once", threshold,
                killToNormal == null ? "not within the observation" : String.format("%.1f s", killToNormal));
        progress.line("restore", "whole run: %,d SlaDeadlineAction records, %,d distinct ids; %,d SlaBreached "
                        + "level 1, %,d distinct ids", allActions.records(), allActions.distinctEventIds(),
                allBreaches.records(), allBreaches.distinctEventIds());
        return result;
    }

    private void awaitAnnounced(ClockPlan plan, long from, long to) {
        int expected = plan.countDueBetween(from, to);
        Instant deadline = Instant.now().plus(STRAGGLER_GRACE);
        while (Instant.now().isBefore(deadline)) {
            if (target.listener().firings().counts(Firing.Kind.ACTION, from, to).distinctCases() >= expected) {
                return;
            }
            Pause.of(Duration.ofMillis(500));
        }
    }
}
