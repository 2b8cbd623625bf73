package com.marketplace.aftersales.slamonitor.policies;

import com.marketplace.aftersales.contracts.diagnosis.CaseDiagnosed;
import com.marketplace.aftersales.contracts.diagnosis.RemedyDecided;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.ProblemCategory;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import java.time.Duration;

/** A quality defect gets a decided plan (remedy) within 72 hours of its diagnosis, not counting waits on the customer. */
final class QualityPlan implements ClockPolicy {

    @Override
    public SlaPolicy id() {
        return SlaPolicy.QUALITY_PLAN;
    }

    @Override
    public Duration defaultLimit() {
        return Duration.ofHours(72);
    }

    @Override
    public boolean startsOn(CaseEvent event) {
        return event instanceof CaseDiagnosed diagnosed && diagnosed.category() == ProblemCategory.QUALITY_DEFECT;
    }

    @Override
    public boolean stopsOn(CaseEvent event) {
        return event instanceof RemedyDecided;
    }

    @Override
    public boolean pausesWhileCustomerIsAsked() {
        return true;
    }
}
