package com.marketplace.aftersales.fulfillment.cases;

import java.util.UUID;

/** Someone else changed the case between reading and saving it: the decision was made on a stale state. */
public class ConcurrentCaseChange extends RuntimeException {

    private final UUID caseId;

    ConcurrentCaseChange(UUID caseId, long expectedVersion) {
        super("Case " + caseId + " changed concurrently (expected version " + expectedVersion + ")");
        this.caseId = caseId;
    }

    public UUID caseId() {
        return caseId;
    }
}
