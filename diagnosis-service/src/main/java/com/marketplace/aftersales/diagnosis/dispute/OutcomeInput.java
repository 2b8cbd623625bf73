package com.marketplace.aftersales.diagnosis.dispute;

import com.marketplace.aftersales.contracts.diagnosis.DisputeOutcome;

/** The outcomes an agent may decide (the event enum's UNKNOWN is not one). */
enum OutcomeInput {
    CUSTOMER,
    MERCHANT,
    SPLIT;

    DisputeOutcome toOutcome() {
        return DisputeOutcome.valueOf(name());
    }
}
