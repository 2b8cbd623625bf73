package com.marketplace.aftersales.slamonitor.policies;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.fulfillment.InspectionCompleted;
import com.marketplace.aftersales.contracts.fulfillment.ReturnReceived;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import java.time.Duration;

/** Returned goods are inspected within 7 days of their receipt. */
final class Inspection implements ClockPolicy {

    @Override
    public SlaPolicy id() {
        return SlaPolicy.INSPECTION;
    }

    @Override
    public Duration defaultLimit() {
        return Duration.ofDays(7);
    }

    @Override
    public boolean startsOn(CaseEvent event) {
        return event instanceof ReturnReceived;
    }

    @Override
    public boolean stopsOn(CaseEvent event) {
        return event instanceof InspectionCompleted;
    }
}
