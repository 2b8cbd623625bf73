package com.marketplace.aftersales.slamonitor.clocks;

import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.slamonitor.calendar.PolicyCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * How the clocks of one policy run: its limit on its calendar, its warning point, the test time scale and who hears of
 * the warning and of each breach level.
 *
 * <p>A clock runs in stretches (from its start, then from each resume). Within a stretch starting at {@code anchor},
 * with {@code consumed} policy time already used, the instant at which the clock has used {@code target} is found on the
 * real calendar first and then scaled towards the anchor: {@code anchor + scale × (real − anchor)} (contracts §4). With
 * no pause, the anchor is the start and that is exactly {@code start + scale × (due − start)}.
 */
public final class ClockTiming {

    private final SlaPolicy policy;
    private final Duration limit;
    private final PolicyCalendar calendar;
    private final double warningFraction;
    private final double timeScale;
    private final ActorRole warns;
    private final List<ActorRole> escalation;

    ClockTiming(SlaPolicy policy, Duration limit, PolicyCalendar calendar, double warningFraction, double timeScale,
                ActorRole warns, List<ActorRole> escalation) {
        this.policy = policy;
        this.limit = limit;
        this.calendar = calendar;
        this.warningFraction = warningFraction;
        this.timeScale = timeScale;
        this.warns = warns;
        this.escalation = List.copyOf(escalation);
    }

    public SlaPolicy policy() {
        return policy;
    }

    /** The limit on the policy's calendar, before time scaling. */
    public Duration limit() {
        return limit;
    }

    public PolicyCalendar calendar() {
        return calendar;
    }

    /** Policy time after which the handler is warned. */
    Duration warningPoint() {
        return Duration.ofMillis(Math.round(limit.toMillis() * warningFraction));
    }

    /** Policy time after which breach level {@code level} fires: the limit, then another full limit per level. */
    Duration levelPoint(int level) {
        return limit.multipliedBy(level);
    }

    /** How many breach levels the ladder has. */
    int levels() {
        return escalation.size();
    }

    ActorRole warns() {
        return warns;
    }

    ActorRole escalationTarget(int level) {
        return escalation.get(Math.min(level, escalation.size()) - 1);
    }

    /** Warning point and deadline of a clock starting at {@code start}. */
    public ClockTimes startingAt(Instant start) {
        return new ClockTimes(reach(start, Duration.ZERO, warningPoint()), reach(start, Duration.ZERO, limit));
    }

    /**
     * The instant at which a clock running since {@code anchor}, with {@code consumed} policy time used before, has used
     * {@code target}; the anchor's own instant (or the next working day's start) if that much is used already.
     */
    Instant reach(Instant anchor, Duration consumed, Duration target) {
        Duration left = target.minus(consumed);
        Instant real = calendar.plus(anchor, left.isNegative() ? Duration.ZERO : left);
        Duration span = Duration.ofMillis(Math.round(Duration.between(anchor, real).toMillis() * timeScale));
        // Whole milliseconds: due times are also timer keys and record timestamps, both in milliseconds.
        return anchor.plus(span).truncatedTo(ChronoUnit.MILLIS);
    }

    /** The policy time used between {@code anchor} and {@code at} (scaled wall time mapped back onto the calendar). */
    Duration usedBetween(Instant anchor, Instant at) {
        if (!at.isAfter(anchor)) {
            return Duration.ZERO;
        }
        Duration realSpan = Duration.ofMillis(Math.round(Duration.between(anchor, at).toMillis() / timeScale));
        return calendar.between(anchor, anchor.plus(realSpan));
    }

    @Override
    public String toString() {
        return policy.id() + ": " + limit + " on " + calendar + ", warning at " + warningFraction + " to " + warns
                + ", escalation " + escalation + (timeScale == 1.0 ? "" : ", time scale " + timeScale);
    }
}
