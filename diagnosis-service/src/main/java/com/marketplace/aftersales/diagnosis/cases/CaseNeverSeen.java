package com.marketplace.aftersales.diagnosis.cases;

import java.util.UUID;

/**
 * An event for a case diagnosis has no record of. Retryable on purpose: if it ever happens the record is retried, then
 * parked in the dead-letter topic, from where it can be replayed once the case's submission has been applied.
 */
public final class CaseNeverSeen extends RuntimeException {

    public CaseNeverSeen(UUID caseId, String what) {
        super(what + " for case " + caseId + ", which diagnosis has never seen submitted");
    }
}
