package com.marketplace.aftersales.slamonitor.clocks;

import com.marketplace.aftersales.slamonitor.SlaProperties;
import java.time.Duration;

/**
 * How timers are fired: every {@code interval} of wall-clock time, at most {@code maxPerPunctuation} at a time, and
 * not while the task replays a backlog (see {@link SlaProperties.Backlog}).
 */
public record TimerFiring(Duration interval, int maxPerPunctuation, Duration backlogLagThreshold,
                          Duration backlogQuietPeriod) {

    public static TimerFiring of(SlaProperties properties) {
        return new TimerFiring(properties.punctuationInterval(), properties.maxTimersPerPunctuation(),
                properties.backlog().lagThreshold(), properties.backlog().quietPeriod());
    }
}
