package com.marketplace.aftersales.diagnosis.override;

import com.marketplace.aftersales.contracts.event.Remedy;

/** The remedies an agent may decide (the event enum's UNKNOWN is not one). */
enum RemedyInput {
    RETURN_REFUND,
    REFUND_ONLY,
    EXCHANGE,
    REPAIR,
    RESHIP,
    COMPENSATION,
    PARTIAL_REFUND;

    Remedy toRemedy() {
        return Remedy.valueOf(name());
    }
}
