package com.marketplace.aftersales.slamonitor.clocks;

import com.marketplace.aftersales.contracts.sla.ClockOutcome;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One open deadline clock of a case, as stored in the {@code case-clocks} store.
 *
 * @param sequence  counts this policy's clocks of the case, from 1; part of every id derived from the clock
 * @param lastLevel the highest breach level fired so far, 0 before the deadline
 */
public record Clock(SlaPolicy policy, int sequence, Instant startedAt, Instant dueAt, Instant warnAt,
                    ClockState state, int lastLevel) {

    static Clock started(SlaPolicy policy, int sequence, Instant startedAt, ClockTimes times) {
        return new Clock(policy, sequence, startedAt, times.dueAt(), times.warnAt(), ClockState.RUNNING, 0);
    }

    Clock warned() {
        return new Clock(policy, sequence, startedAt, dueAt, warnAt, ClockState.WARNED, lastLevel);
    }

    Clock breached(int level) {
        return new Clock(policy, sequence, startedAt, dueAt, warnAt, ClockState.BREACHED, level);
    }

    boolean is(SlaPolicy otherPolicy, int otherSequence) {
        return policy == otherPolicy && sequence == otherSequence;
    }

    /**
     * Judged on event time: what happened before the deadline met it, even if it reached the monitor after the breach
     * had been announced (the breach event said what the monitor knew then).
     */
    static ClockOutcome outcomeOfStopAt(Instant stoppedAt, Instant dueAt) {
        return stoppedAt.isAfter(dueAt) ? ClockOutcome.BREACHED : ClockOutcome.MET;
    }

    /** The timers of this clock that have not fired yet, to schedule at start or cancel at stop. */
    List<TimerKey> pendingTimers(UUID caseId, boolean hasDeadlineAction) {
        List<TimerKey> timers = new ArrayList<>(3);
        if (state == ClockState.RUNNING) {
            timers.add(TimerKey.of(warnAt, caseId, policy, sequence, TimerKind.WARN));
        }
        if (lastLevel == 0) {
            timers.add(TimerKey.of(dueAt, caseId, policy, sequence, TimerKind.BREACH));
            if (hasDeadlineAction) {
                timers.add(TimerKey.of(dueAt, caseId, policy, sequence, TimerKind.ACTION));
            }
        }
        return timers;
    }
}
