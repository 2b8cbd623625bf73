package com.marketplace.aftersales.gateway;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The rate limiters' time in tests: real time, plus however far a test moved it on (instead of sleeping). A test
 * that counts tokens exactly freezes it, so no token comes back while it works, however slow the machine.
 */
public final class MovableTicker implements Ticker {

    private final AtomicLong offset = new AtomicLong();
    private volatile long frozenAt;
    private volatile boolean frozen;

    @Override
    public long read() {
        return (frozen ? frozenAt : System.nanoTime()) + offset.get();
    }

    public void advance(Duration duration) {
        offset.addAndGet(duration.toNanos());
    }

    /** Time stands still (but for {@link #advance}) until {@link #thaw()}. */
    public void freeze() {
        frozenAt = System.nanoTime();
        frozen = true;
    }

    /** Time runs again, with everything advanced while frozen kept. */
    public void thaw() {
        frozen = false;
    }
}
