package com.marketplace.aftersales.slamonitor.policies;

import com.marketplace.aftersales.contracts.sla.DeadlineAction;
import com.marketplace.aftersales.contracts.status.CaseStatus;
import java.util.Objects;

/**
 * An automatic step at a deadline, and the case status it assumes: the owning service applies it only if the case is
 * still there (the monitor cannot know whether the case moved on in the meantime).
 *
 * @param expectedStatus the status the case must still show; null for "any open status", for an action that is right
 *                       in every stage of a case that has not ended ({@code RAISE_PRIORITY})
 */
public record DeadlineConsequence(DeadlineAction action, CaseStatus expectedStatus) {

    public DeadlineConsequence {
        Objects.requireNonNull(action, "action");
    }

    /** A step for a case in one particular status. */
    public static DeadlineConsequence inStatus(DeadlineAction action, CaseStatus expectedStatus) {
        return new DeadlineConsequence(action, Objects.requireNonNull(expectedStatus, "expectedStatus"));
    }

    /** A step for a case in whatever status, as long as it is open. */
    public static DeadlineConsequence whileOpen(DeadlineAction action) {
        return new DeadlineConsequence(action, null);
    }
}
