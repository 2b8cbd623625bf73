package com.marketplace.aftersales.benchmarks.infra;

import java.time.Duration;

/**
 * Waiting on the wall clock: a benchmark measures against time passing (deadlines falling due, a poll interval, a
 * sampling period), so it pauses for real, between checks of what it waits for.
 */
public final class Pause {

    private Pause() {
    }

    public static void of(Duration duration) {
        try {
            Thread.sleep(Math.max(0, duration.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
