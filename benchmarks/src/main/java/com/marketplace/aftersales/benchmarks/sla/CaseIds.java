package com.marketplace.aftersales.benchmarks.sla;

import java.util.UUID;

/**
 * The case ids of one run: distinct, and each one tells its index, so a million clocks are tracked in plain arrays
 * instead of a map. The high 64 bits are random per run (a second run on the same broker never collides), the low
 * 64 bits are the index.
 */
public record CaseIds(long runBits, int count) {

    public CaseIds {
        if (count < 1) {
            throw new IllegalArgumentException("At least one case: " + count);
        }
    }

    public UUID of(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException(index);
        }
        return new UUID(runBits, index);
    }

    /** @return the index of a case of this run, or -1 for any other id */
    public int indexOf(UUID caseId) {
        long index = caseId.getLeastSignificantBits();
        return caseId.getMostSignificantBits() == runBits && index >= 0 && index < count ? (int) index : -1;
    }
}
