package com.marketplace.aftersales.slamonitor.policies;

import com.marketplace.aftersales.contracts.diagnosis.CaseDiagnosed;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.ProblemCategory;
import com.marketplace.aftersales.contracts.fulfillment.CaseResolved;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import java.time.Duration;

/** A logistics problem is solved within 24 hours of its diagnosis, not counting waits on the customer. */
final class LogisticsSolved implements ClockPolicy {

    @Override
    public SlaPolicy id() {
        return SlaPolicy.LOGISTICS_SOLVED;
    }

    @Override
    public Duration defaultLimit() {
        return Duration.ofHours(24);
    }

    @Override
    public boolean startsOn(CaseEvent event) {
        return event instanceof CaseDiagnosed diagnosed && diagnosed.category() == ProblemCategory.LOGISTICS;
    }

    @Override
    public boolean stopsOn(CaseEvent event) {
        return event instanceof CaseResolved;
    }

    @Override
    public boolean pausesWhileCustomerIsAsked() {
        return true;
    }
}
