package com.marketplace.aftersales.slamonitor.clocks;

/** What a timer does when it fires. */
public enum TimerKind {
    /** The warning point of a clock: {@code SlaWarning} to the handler. */
    WARN,
    /** The deadline of a clock: {@code SlaBreached} at the next escalation level. */
    BREACH,
    /** The deadline of a clock whose policy has an automatic consequence: {@code SlaDeadlineAction}. */
    ACTION,
    /** The retention of an ended case ran out: its state is deleted. Not tied to a clock. */
    EXPIRE
}
