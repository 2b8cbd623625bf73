package com.marketplace.aftersales.slamonitor.clocks;

/** Where an open clock stands. Stopped clocks are not kept: their end is an event, not a state. */
public enum ClockState {
    /** Started, warning point not reached. */
    RUNNING,
    /** The warning point passed; the handler was told. */
    WARNED,
    /** The deadline passed and was escalated; still open until its stop (or a terminal) event. */
    BREACHED
}
