package com.marketplace.aftersales.slamonitor.policies;

import com.marketplace.aftersales.contracts.sla.DeadlineAction;
import com.marketplace.aftersales.contracts.status.CaseStatus;
import java.util.Objects;

/**
 * An automatic step at a deadline, and the case status it assumes: the owning service applies it only if the case is
 * still there (the monitor cannot know whether the case moved on in the meantime).
 */
public record DeadlineConsequence(DeadlineAction action, CaseStatus expectedStatus) {

    public DeadlineConsequence {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(expectedStatus, "expectedStatus");
    }
}
