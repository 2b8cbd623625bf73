package com.marketplace.aftersales.benchmarks.infra;

import com.marketplace.aftersales.benchmarks.stats.LongSeries;
import java.time.Duration;
import java.util.function.LongSupplier;

/** Samples a process's resident memory ({@code VmRSS}) at a fixed rate on a thread of its own. */
public final class RssSampler implements AutoCloseable {

    /** Resident memory over the sampled period, in MiB. */
    public record Rss(int samples, double minMib, double meanMib, double maxMib) {
    }

    private final LongSupplier pid;
    private final LongSeries kib = new LongSeries();
    private final Thread thread;
    private volatile boolean running = true;

    private RssSampler(LongSupplier pid, Duration every) {
        this.pid = pid;
        this.thread = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(every.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler");
        this.thread.setDaemon(true);
    }

    public static RssSampler start(LongSupplier pid, Duration every) {
        RssSampler sampler = new RssSampler(pid, every);
        sampler.thread.start();
        return sampler;
    }

    private void sample() {
        try {
            ProcFs.rssKib(pid.getAsLong()).ifPresent(value -> {
                synchronized (kib) {
                    kib.add(value);
                }
            });
        } catch (RuntimeException e) {
            // the process is between lives (restart): no sample
        }
    }

    /** Stops sampling (one last sample first) and summarises. */
    public Rss finish() {
        close();
        sample();
        long[] values;
        synchronized (kib) {
            values = kib.toArray();
        }
        if (values.length == 0) {
            return new Rss(0, Double.NaN, Double.NaN, Double.NaN);
        }
        long min = Long.MAX_VALUE;
        long max = 0;
        double sum = 0;
        for (long value : values) {
            min = Math.min(min, value);
            max = Math.max(max, value);
            sum += value;
        }
        return new Rss(values.length, min / 1024.0, sum / values.length / 1024.0, max / 1024.0);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
