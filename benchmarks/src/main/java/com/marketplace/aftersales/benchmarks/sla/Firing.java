package com.marketplace.aftersales.benchmarks.sla;

import java.util.UUID;

/**
 * One deadline event the monitor published, as a {@code read_committed} reader saw it.
 *
 * @param emittedAtMillis  the event's CloudEvents {@code time}: when the monitor's punctuation fired the timer
 * @param receivedAtMillis when this reader got it, i.e. after the monitor's transaction committed
 */
public record Firing(Kind kind, int caseIndex, long dueAtMillis, long emittedAtMillis, long receivedAtMillis,
                     UUID eventId) {

    public enum Kind {
        /** {@code SlaDeadlineAction} (AUTO_ACCEPT for merchant-response). */
        ACTION,
        /** {@code SlaBreached} level 1. */
        BREACH,
        /** {@code SlaBreached} of a higher level (not expected within a run: it needs another full limit). */
        BREACH_HIGHER
    }

    public long emittedLagMillis() {
        return emittedAtMillis - dueAtMillis;
    }

    public long visibleLagMillis() {
        return receivedAtMillis - dueAtMillis;
    }
}
