package com.marketplace.aftersales.fulfillment.support;

import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loop of a database-driven worker, on a thread of its own: do a round of due work; when there was none, sleep
 * until the next item falls due (as the database says), or until woken because new work was committed, or at most
 * the poll interval (the safety net). A failing round is logged and tried again after a pause.
 */
public final class WorkerLoop {

    /** What the loop drives. */
    public interface Work {

        /** @return how many items were taken in this round; 0 lets the loop sleep */
        int round();

        /** How long until the next item falls due; empty when there is none. */
        Optional<Duration> untilNextDue();
    }

    private static final Logger log = LoggerFactory.getLogger(WorkerLoop.class);
    /** Shortest sleep between rounds that found nothing to claim, so a row locked by another instance is no busy loop. */
    private static final Duration MIN_IDLE = Duration.ofMillis(100);

    private final String name;
    private final WorkSignal signal;
    private final Duration pollInterval;
    private final Duration pauseAfterFailure;
    private final Work work;
    private volatile boolean running;
    private Thread thread;

    public WorkerLoop(String name, WorkSignal signal, Duration pollInterval, Duration pauseAfterFailure, Work work) {
        this.name = name;
        this.signal = signal;
        this.pollInterval = pollInterval;
        this.pauseAfterFailure = pauseAfterFailure;
        this.work = work;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops after the current round, waiting at most {@code grace} for it to finish. */
    public synchronized void stop(Duration grace) {
        running = false;
        signal.wake();
        if (thread != null) {
            try {
                thread.join(grace.toMillis());
                thread.interrupt();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try {
                if (work.round() == 0) {
                    signal.await(idleTime());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("{} round failed; trying again: {}", name, e.toString());
                try {
                    signal.await(pauseAfterFailure);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private Duration idleTime() {
        Duration untilDue = work.untilNextDue().orElse(pollInterval);
        if (untilDue.compareTo(pollInterval) > 0) {
            return pollInterval;
        }
        return untilDue.compareTo(MIN_IDLE) < 0 ? MIN_IDLE : untilDue;
    }
}
