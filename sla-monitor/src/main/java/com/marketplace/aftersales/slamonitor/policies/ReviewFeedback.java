package com.marketplace.aftersales.slamonitor.policies;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.intake.CaseReviewed;
import com.marketplace.aftersales.contracts.intake.CaseSubmitted;
import com.marketplace.aftersales.contracts.intake.InfoProvided;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.slamonitor.calendar.CalendarKind;
import java.time.Duration;

/**
 * A request is reviewed within 1 business day of its submission, and again within 1 business day of each answer the
 * customer gives to a request for more information (a new clock each time).
 */
final class ReviewFeedback implements ClockPolicy {

    @Override
    public SlaPolicy id() {
        return SlaPolicy.REVIEW_FEEDBACK;
    }

    @Override
    public Duration defaultLimit() {
        return Duration.ofDays(1);
    }

    @Override
    public CalendarKind defaultCalendar() {
        return CalendarKind.BUSINESS_DAYS;
    }

    @Override
    public boolean startsOn(CaseEvent event) {
        return event instanceof CaseSubmitted || event instanceof InfoProvided;
    }

    @Override
    public boolean stopsOn(CaseEvent event) {
        return event instanceof CaseReviewed;
    }
}
