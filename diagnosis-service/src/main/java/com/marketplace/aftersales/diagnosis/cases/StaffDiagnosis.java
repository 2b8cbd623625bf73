package com.marketplace.aftersales.diagnosis.cases;

import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.ProblemCategory;
import com.marketplace.aftersales.contracts.event.Remedy;

/**
 * An agent's (or supervisor's) own diagnosis of a case, replacing the classifier's.
 *
 * @param refundAmount the refund of a {@code PARTIAL_REFUND}; null for every other remedy
 * @param compensation the payout of a {@code COMPENSATION}; null for every other remedy
 * @param note         why, for the record; may be null
 */
public record StaffDiagnosis(ProblemCategory category, Remedy remedy, Money refundAmount, Money compensation,
                       String note) {

    public StaffDiagnosis {
        if (category == null || category == ProblemCategory.UNKNOWN || remedy == null || remedy == Remedy.UNKNOWN) {
            throw new IllegalArgumentException("An override needs a known category and remedy");
        }
        if ((remedy == Remedy.PARTIAL_REFUND) != (refundAmount != null)) {
            throw new IllegalArgumentException("A refund amount comes with, and only with, a partial refund");
        }
        if ((remedy == Remedy.COMPENSATION) != (compensation != null)) {
            throw new IllegalArgumentException("A compensation amount comes with, and only with, compensation");
        }
    }
}
