package com.marketplace.aftersales.diagnosis.cases;

import java.util.UUID;

/**
 * The case changed between reading and writing it (a merchant's answer racing a deadline action, say). Nothing was
 * written; the caller reads the case again and decides again, and may well find there is nothing left to do.
 */
public final class ConcurrentCaseUpdate extends RuntimeException {

    ConcurrentCaseUpdate(UUID caseId) {
        super("Case " + caseId + " was changed concurrently");
    }
}
