package com.marketplace.aftersales.slamonitor.clocks;

import java.time.Duration;

/**
 * Tells whether a task is replaying a backlog: the last record it read was older than the threshold when it was read,
 * and records are still coming. A live task reads records seconds old at most; a task that has caught up either
 * reads live records again or none at all (then the quiet period runs out).
 */
final class BacklogGuard {

    private final long lagThresholdMillis;
    private final long quietPeriodMillis;
    private long lastReadAt = Long.MIN_VALUE;
    private long lastLagMillis;

    BacklogGuard(Duration lagThreshold, Duration quietPeriod) {
        this.lagThresholdMillis = lagThreshold.toMillis();
        this.quietPeriodMillis = quietPeriod.toMillis();
    }

    void read(long recordTimestamp, long wallClockMillis) {
        lastReadAt = wallClockMillis;
        lastLagMillis = wallClockMillis - recordTimestamp;
    }

    boolean replaying(long wallClockMillis) {
        return lastReadAt != Long.MIN_VALUE
                && lastLagMillis > lagThresholdMillis
                && wallClockMillis - lastReadAt < quietPeriodMillis;
    }
}
