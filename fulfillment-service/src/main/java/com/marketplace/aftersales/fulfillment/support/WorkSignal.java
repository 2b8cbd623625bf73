package com.marketplace.aftersales.fulfillment.support;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Wakes a worker when new work was committed, so it does not wait for its safety-net poll. */
public class WorkSignal {

    private final Semaphore permits = new Semaphore(0);

    public void wake() {
        permits.release();
    }

    /** @return true if woken, false if the wait timed out */
    public boolean await(Duration timeout) throws InterruptedException {
        boolean woken = permits.tryAcquire(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS);
        permits.drainPermits();
        return woken;
    }
}
