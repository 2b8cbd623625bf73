package com.marketplace.aftersales.slamonitor.clocks;

import com.marketplace.aftersales.contracts.sla.ClockOutcome;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One open deadline clock of a case, as stored in the {@code case-clocks} store. Every instant a pending timer fires at
 * is stored, not recomputed: a timer is cancelled by its exact key, even after the calendar file or a limit changed.
 *
 * @param sequence     counts this policy's clocks of the case, from 1; part of every id derived from the clock
 * @param subject      what the clock is about when a policy runs several at once (a complaint id); else null
 * @param dueAt        the deadline (breach level 1); moves when the clock resumes before it
 * @param lastLevel    the highest breach level fired so far, 0 before the deadline
 * @param nextLevelAt  when the next breach level fires; null once the ladder is done (or while unknown after a pause)
 * @param runningSince start of the current running stretch (the start, or the last resume); null while paused
 * @param consumed     policy time (on the real calendar, unscaled) used before {@code runningSince}
 * @param pausedAt     when the clock was paused; null while it runs
 * @param pauses       how many times it was paused: numbers the ids of its pause and resume events
 */
public record Clock(SlaPolicy policy, int sequence, String subject, Instant startedAt, Instant dueAt, Instant warnAt,
                    ClockState state, int lastLevel, Instant nextLevelAt, Instant runningSince, Duration consumed,
                    Instant pausedAt, int pauses) {

    public Clock {
        // Clocks stored by the first version have neither stretches nor pauses: they run since their start.
        consumed = consumed == null ? Duration.ZERO : consumed;
        if (runningSince == null && pausedAt == null) {
            runningSince = startedAt;
        }
        if (nextLevelAt == null && lastLevel == 0 && pausedAt == null) {
            nextLevelAt = dueAt;
        }
    }

    static Clock started(SlaPolicy policy, int sequence, String subject, Instant startedAt, ClockTimes times) {
        return new Clock(policy, sequence, subject, startedAt, times.dueAt(), times.warnAt(), ClockState.RUNNING, 0,
                times.dueAt(), startedAt, Duration.ZERO, null, 0);
    }

    boolean paused() {
        return pausedAt != null;
    }

    boolean is(SlaPolicy otherPolicy, int otherSequence) {
        return policy == otherPolicy && sequence == otherSequence;
    }

    Clock warned() {
        return new Clock(policy, sequence, subject, startedAt, dueAt, warnAt, ClockState.WARNED, lastLevel,
                nextLevelAt, runningSince, consumed, pausedAt, pauses);
    }

    Clock breached(int level, Instant next) {
        return new Clock(policy, sequence, subject, startedAt, dueAt, warnAt, ClockState.BREACHED, level, next,
                runningSince, consumed, pausedAt, pauses);
    }

    Clock pausedAt(Instant at, Duration consumedByThen) {
        return new Clock(policy, sequence, subject, startedAt, dueAt, warnAt, state, lastLevel, null, null,
                consumedByThen, at, pauses + 1);
    }

    Clock resumedAt(Instant at, Instant newWarnAt, Instant newDueAt, Instant newNextLevelAt) {
        return new Clock(policy, sequence, subject, startedAt, newDueAt, newWarnAt, state, lastLevel, newNextLevelAt,
                at, consumed, null, pauses);
    }

    /**
     * Judged on event time: what happened before the deadline met it, even if it reached the monitor after the breach
     * had been announced (the breach event said what the monitor knew then). A clock stopped while paused is judged by
     * whether its deadline had passed before the pause.
     */
    ClockOutcome outcomeOfStopAt(Instant stoppedAt) {
        if (paused() && !stoppedAt.isBefore(pausedAt)) {
            return lastLevel > 0 || dueAt.isBefore(pausedAt) ? ClockOutcome.BREACHED : ClockOutcome.MET;
        }
        return stoppedAt.isAfter(dueAt) ? ClockOutcome.BREACHED : ClockOutcome.MET;
    }

    /**
     * The timers of this clock that have not fired yet, to schedule at start or resume and cancel at stop or pause. A
     * deadline action has no timer of its own: it goes out with breach level 1, in the same step.
     */
    List<TimerKey> pendingTimers(UUID caseId) {
        List<TimerKey> timers = new ArrayList<>(2);
        if (paused()) {
            return timers;
        }
        if (state == ClockState.RUNNING) {
            timers.add(TimerKey.of(warnAt, caseId, policy, sequence, TimerKind.WARN));
        }
        if (nextLevelAt != null) {
            timers.add(TimerKey.of(nextLevelAt, caseId, policy, sequence, TimerKind.BREACH));
        }
        return timers;
    }
}
