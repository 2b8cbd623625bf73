package com.marketplace.aftersales.devstack.supervisor;

import java.time.Duration;

/**
 * When to restart a child that exited: after {@code initialDelay}, doubling with every quick failure up to
 * {@code maxDelay}; a child that stayed up for {@code stableAfter} starts again from {@code initialDelay}.
 *
 * @param readinessTimeout how long a child may take to become ready after each launch
 * @param pollInterval     how often readiness is probed while waiting
 */
public record RestartPolicy(
        Duration initialDelay,
        Duration maxDelay,
        Duration stableAfter,
        Duration readinessTimeout,
        Duration pollInterval) {

    public static RestartPolicy standard(Duration readinessTimeout) {
        return new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(60),
                readinessTimeout, Duration.ofMillis(500));
    }

    /** The delay before the next restart, given how many quick failures came before it. */
    Duration delayAfter(int quickFailures) {
        Duration delay = initialDelay;
        for (int i = 0; i < quickFailures && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
