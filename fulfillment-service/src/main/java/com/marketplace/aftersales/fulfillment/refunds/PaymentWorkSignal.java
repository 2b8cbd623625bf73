package com.marketplace.aftersales.fulfillment.refunds;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/** Wakes the payment worker when a refund was committed, so it does not wait for its safety-net poll. */
@Component
class PaymentWorkSignal {

    private final Semaphore permits = new Semaphore(0);

    void wake() {
        permits.release();
    }

    /** @return true if woken, false if the wait timed out */
    boolean await(Duration timeout) throws InterruptedException {
        boolean woken = permits.tryAcquire(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS);
        permits.drainPermits();
        return woken;
    }
}
