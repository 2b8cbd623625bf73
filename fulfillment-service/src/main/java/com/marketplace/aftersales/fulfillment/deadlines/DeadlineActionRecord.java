package com.marketplace.aftersales.fulfillment.deadlines;

import java.time.Instant;
import java.util.UUID;

/**
 * What fulfillment did with one deadline action.
 *
 * @param eventId the event that brought the action first; a re-emission of the action has another event id
 * @param detail  what was done, or why nothing was
 */
record DeadlineActionRecord(String actionId, UUID caseId, String action, String policy, String eventId,
                            Outcome outcome, String detail, Instant receivedAt) {

    enum Outcome {
        APPLIED,
        SKIPPED
    }
}
