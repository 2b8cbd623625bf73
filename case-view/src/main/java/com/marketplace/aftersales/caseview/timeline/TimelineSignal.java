package com.marketplace.aftersales.caseview.timeline;

import java.util.Optional;
import java.util.UUID;

/**
 * "Case {@code caseId} has a committed timeline entry {@code entryId}": the PostgreSQL notification the projecting
 * transaction sends on channel {@value #CHANNEL}. PostgreSQL delivers it only if and when that transaction commits, to
 * every listening session, so every case-view instance hears of every entry whichever instance projected it.
 * <p>
 * The signal carries ids only: a listener reads the entries from the database, so a notification can never show
 * something other than what is stored, and a lost one is made good by the next read of the same case.
 */
public record TimelineSignal(UUID caseId, long entryId) {

    public static final String CHANNEL = "aftersales_timeline";

    /** {@code <caseId>:<entryId>}. */
    public String payload() {
        return caseId + ":" + entryId;
    }

    /** @return the signal, or empty for a payload this version does not understand (ignored, never fatal) */
    static Optional<TimelineSignal> parse(String payload) {
        if (payload == null) {
            return Optional.empty();
        }
        int separator = payload.indexOf(':');
        if (separator < 0) {
            return Optional.empty();
        }
        try {
            UUID caseId = UUID.fromString(payload.substring(0, separator));
            long entryId = Long.parseLong(payload.substring(separator + 1));
            return entryId > 0 ? Optional.of(new TimelineSignal(caseId, entryId)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
