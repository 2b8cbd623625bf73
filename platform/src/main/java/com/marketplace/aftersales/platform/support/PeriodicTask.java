package com.marketplace.aftersales.platform.support;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A background chore on its own daemon thread, started and stopped with the application. A failing run is logged and
 * the next one happens as scheduled.
 */
public class PeriodicTask implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicTask.class);

    private final String name;
    private final Duration initialDelay;
    private final Duration period;
    private final Runnable chore;
    private ScheduledExecutorService scheduler;

    public PeriodicTask(String name, Duration initialDelay, Duration period, Runnable chore) {
        this.name = name;
        this.initialDelay = initialDelay;
        this.period = period;
        this.chore = chore;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::runSafely, initialDelay.toMillis(), period.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void runSafely() {
        try {
            chore.run();
        } catch (RuntimeException e) {
            log.warn("{} failed: {}", name, e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
