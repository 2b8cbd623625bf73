package com.marketplace.aftersales.slamonitor.clocks;

import java.time.Instant;

/** When a clock warns and when it is due, already time-scaled. */
public record ClockTimes(Instant warnAt, Instant dueAt) {
}
