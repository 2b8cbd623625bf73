package com.marketplace.aftersales.slamonitor.clocks;

import java.time.Duration;

/**
 * Tells whether a task is replaying a backlog, so that its timers wait: a deadline is judged only once the events that
 * might have met it have been read.
 *
 * <ul>
 *   <li>A task that just started (first start, restart after a crash, a task moved from another instance) counts as
 *       replaying until it reads a live record or reads nothing for the quiet period. After a crash the records of the
 *       aborted transaction are read again first, and a timer firing before them would announce the breach of a
 *       deadline one of them met (or of a clock one of them paused).</li>
 *   <li>A task whose last record was older than the threshold when it was read is replaying while records keep coming:
 *       a live task reads records seconds old at most.</li>
 * </ul>
 * Either way the task is caught up once it reads live records again or none at all for the quiet period.
 */
final class BacklogGuard {

    private final long lagThresholdMillis;
    private final long quietPeriodMillis;
    private long lastReadAt;
    private long lastLagMillis;

    /** @param startedAt wall-clock time the task started */
    BacklogGuard(Duration lagThreshold, Duration quietPeriod, long startedAt) {
        this.lagThresholdMillis = lagThreshold.toMillis();
        this.quietPeriodMillis = quietPeriod.toMillis();
        this.lastReadAt = startedAt;
        this.lastLagMillis = Long.MAX_VALUE; // nothing read yet: assume behind
    }

    void read(long recordTimestamp, long wallClockMillis) {
        lastReadAt = wallClockMillis;
        lastLagMillis = wallClockMillis - recordTimestamp;
    }

    boolean replaying(long wallClockMillis) {
        return lastLagMillis > lagThresholdMillis && wallClockMillis - lastReadAt < quietPeriodMillis;
    }
}
