package com.marketplace.aftersales.intake.cases;

import java.util.UUID;

/** Someone else changed the case between reading and writing it (the optimistic version did not match). */
public class ConcurrentCaseChange extends RuntimeException {

    ConcurrentCaseChange(UUID caseId, long expectedVersion) {
        super("Case " + caseId + " changed concurrently (expected version " + expectedVersion + ")");
    }
}
