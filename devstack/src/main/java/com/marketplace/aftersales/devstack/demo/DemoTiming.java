package com.marketplace.aftersales.devstack.demo;

import java.time.Duration;

/**
 * How long the demo waits: per step, for the gateway to accept its request and then for the app to show the expected
 * status; and how often it asks again meanwhile.
 */
record DemoTiming(Duration stepTimeout, Duration pollInterval) {

    static final Duration DEFAULT_STEP_TIMEOUT = Duration.ofSeconds(60);
    static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMillis(250);

    DemoTiming {
        if (stepTimeout.isNegative() || stepTimeout.isZero() || pollInterval.isNegative()) {
            throw new IllegalArgumentException("The step timeout must be positive and the poll interval not negative");
        }
    }

    static DemoTiming withStepTimeout(Duration stepTimeout) {
        return new DemoTiming(stepTimeout, DEFAULT_POLL_INTERVAL);
    }

    /** {@code 60 s}, or {@code 300 ms} for a timeout shorter than a whole number of seconds. */
    static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
