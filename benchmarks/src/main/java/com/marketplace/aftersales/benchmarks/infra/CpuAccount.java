package com.marketplace.aftersales.benchmarks.infra;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * CPU ticks of the processes a run cares about, and of the whole machine, read at one moment. Two readings give what
 * each used in between, and what everything else on the machine used (the 2 cores are shared: builds of other
 * engineers running at the same time show up there, and the report says so).
 */
public record CpuAccount(Map<String, Long> ticksByName, long machineBusyTicks, long nanoTime) {

    /** @param sources name → current CPU ticks of that process (tree) */
    public static CpuAccount read(Map<String, LongSupplier> sources) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        sources.forEach((name, source) -> ticks.put(name, source.getAsLong()));
        return new CpuAccount(ticks, ProcFs.systemCpu().busyTicks(), System.nanoTime());
    }

    /** What was used since {@code earlier}. */
    public CpuUsage since(CpuAccount earlier) {
        double elapsed = (nanoTime - earlier.nanoTime) / 1e9;
        Map<String, Double> seconds = new LinkedHashMap<>();
        long ours = 0;
        for (Map.Entry<String, Long> entry : ticksByName.entrySet()) {
            long delta = Math.max(0, entry.getValue() - earlier.ticksByName.getOrDefault(entry.getKey(), 0L));
            ours += delta;
            seconds.put(entry.getKey(), ProcFs.ticksToSeconds(delta));
        }
        double machine = ProcFs.ticksToSeconds(Math.max(0, machineBusyTicks - earlier.machineBusyTicks));
        return new CpuUsage(elapsed, seconds, machine, Math.max(0, machine - ProcFs.ticksToSeconds(ours)));
    }

    /**
     * @param cpuSeconds   CPU seconds per process (tree), user + system
     * @param machineBusySeconds all cores, everything
     * @param otherSeconds what processes outside the run used
     */
    public record CpuUsage(double elapsedSeconds, Map<String, Double> cpuSeconds, double machineBusySeconds,
                           double otherSeconds) {

        public double seconds(String name) {
            return cpuSeconds.getOrDefault(name, 0.0);
        }

        /** Average cores busy: CPU seconds per second of wall time. */
        public double cores(String name) {
            return elapsedSeconds <= 0 ? 0 : seconds(name) / elapsedSeconds;
        }

        public double otherCores() {
            return elapsedSeconds <= 0 ? 0 : otherSeconds / elapsedSeconds;
        }
    }
}
