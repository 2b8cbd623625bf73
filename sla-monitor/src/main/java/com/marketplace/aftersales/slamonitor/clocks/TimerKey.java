package com.marketplace.aftersales.slamonitor.clocks;

import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A timer's key in the {@code timers} store: {@code <due epoch millis, 19 digits>|<caseId>|<policy>|<sequence>|<kind>}.
 * The zero padding makes the store's byte order the order of due times, so "everything due by now" is one range scan
 * from the start. Case-level timers ({@link TimerKind#EXPIRE}) have {@code -} as policy and 0 as sequence.
 *
 * @param policy null for case-level timers; {@link SlaPolicy#UNKNOWN} for a policy this version does not know
 */
public record TimerKey(long dueAtMillis, UUID caseId, SlaPolicy policy, int sequence, TimerKind kind) {

    private static final String NO_POLICY = "-";
    private static final String SEPARATOR = "|";

    public TimerKey {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(kind, "kind");
        if (dueAtMillis < 0) {
            throw new IllegalArgumentException("Timers before 1970 cannot be ordered as text: " + dueAtMillis);
        }
    }

    static TimerKey of(Instant dueAt, UUID caseId, SlaPolicy policy, int sequence, TimerKind kind) {
        return new TimerKey(dueAt.toEpochMilli(), caseId, policy, sequence, kind);
    }

    static TimerKey caseLevel(Instant dueAt, UUID caseId, TimerKind kind) {
        return new TimerKey(dueAt.toEpochMilli(), caseId, null, 0, kind);
    }

    public Instant dueAt() {
        return Instant.ofEpochMilli(dueAtMillis);
    }

    public String encoded() {
        return paddedMillis(dueAtMillis) + SEPARATOR + caseId + SEPARATOR + (policy == null ? NO_POLICY : policy.id())
                + SEPARATOR + sequence + SEPARATOR + kind.name();
    }

    public static TimerKey decode(String encoded) {
        String[] parts = encoded.split("\\" + SEPARATOR, -1);
        if (parts.length != 5) {
            throw new IllegalArgumentException("Not a timer key: " + encoded);
        }
        return new TimerKey(Long.parseLong(parts[0]), UUID.fromString(parts[1]), policyOf(parts[2]),
                Integer.parseInt(parts[3]), TimerKind.valueOf(parts[4]));
    }

    /**
     * The smallest string above every key due at or before {@code millis}: {@code pad(millis + 1)} sorts before every
     * key with that due time (a key is longer, with the same prefix) and after every earlier one.
     */
    static String upperBoundOfDueBy(long millis) {
        return paddedMillis(millis + 1);
    }

    private static String paddedMillis(long millis) {
        return String.format("%019d", millis);
    }

    private static SlaPolicy policyOf(String id) {
        if (NO_POLICY.equals(id)) {
            return null;
        }
        for (SlaPolicy policy : SlaPolicy.values()) {
            if (policy.id().equals(id)) {
                return policy;
            }
        }
        return SlaPolicy.UNKNOWN;
    }

    @Override
    public String toString() {
        return encoded();
    }
}
