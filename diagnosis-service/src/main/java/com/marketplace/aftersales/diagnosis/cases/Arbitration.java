package com.marketplace.aftersales.diagnosis.cases;

import com.marketplace.aftersales.contracts.diagnosis.DisputeOutcome;
import com.marketplace.aftersales.contracts.event.Money;

/**
 * The platform's decision of a dispute.
 *
 * @param advancePayout what the platform pays the customer first (先行赔付), only with outcome CUSTOMER; or null
 * @param splitRefund   the partial refund of a SPLIT decision, or null for the configured share
 */
public record Arbitration(DisputeOutcome outcome, Money advancePayout, Money splitRefund, String note) {

    public Arbitration {
        if (outcome == null || outcome == DisputeOutcome.UNKNOWN) {
            throw new IllegalArgumentException("An arbitration needs a known outcome");
        }
        if (advancePayout != null && outcome != DisputeOutcome.CUSTOMER) {
            throw new IllegalArgumentException("Only a decision for the customer has an advance payout");
        }
        if (splitRefund != null && outcome != DisputeOutcome.SPLIT) {
            throw new IllegalArgumentException("Only a split decision has a partial refund");
        }
    }
}
