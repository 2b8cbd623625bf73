package com.marketplace.aftersales.slamonitor.clocks;

/** What a timer does when it fires. */
public enum TimerKind {
    /** The warning point of a clock: {@code SlaWarning} to the handler. */
    WARN,
    /**
     * The next breach level of a clock: {@code SlaBreached}; at level 1 also the policy's {@code SlaDeadlineAction},
     * published first, in the same step.
     */
    BREACH,
    /**
     * Scheduled by the first version of the monitor for a deadline action, next to its {@code BREACH}. No longer
     * scheduled; one still stored is ignored when it fires (the breach publishes the action).
     */
    ACTION,
    /** The retention of an ended case ran out: its state is deleted. Not tied to a clock. */
    EXPIRE
}
