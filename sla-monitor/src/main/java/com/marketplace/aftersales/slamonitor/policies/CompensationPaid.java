package com.marketplace.aftersales.slamonitor.policies;

import com.marketplace.aftersales.contracts.diagnosis.CompensationApproved;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import java.time.Duration;

/** Approved compensation reaches the customer within 24 hours. */
final class CompensationPaid implements ClockPolicy {

    @Override
    public SlaPolicy id() {
        return SlaPolicy.COMPENSATION_PAID;
    }

    @Override
    public Duration defaultLimit() {
        return Duration.ofHours(24);
    }

    @Override
    public boolean startsOn(CaseEvent event) {
        return event instanceof CompensationApproved;
    }

    @Override
    public boolean stopsOn(CaseEvent event) {
        return event instanceof com.marketplace.aftersales.contracts.fulfillment.CompensationPaid;
    }
}
