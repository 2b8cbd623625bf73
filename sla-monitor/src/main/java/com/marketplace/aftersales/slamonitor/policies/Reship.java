package com.marketplace.aftersales.slamonitor.policies;

import com.marketplace.aftersales.contracts.diagnosis.RemedyDecided;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.fulfillment.InspectionCompleted;
import com.marketplace.aftersales.contracts.fulfillment.InspectionResult;
import com.marketplace.aftersales.contracts.fulfillment.ReplacementShipped;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.slamonitor.calendar.CalendarKind;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * A replacement (exchange or reship) leaves within 3 business days of the decision, or of the passed inspection when
 * the goods have to come back first: before that the merchant cannot be expected to ship.
 */
final class Reship implements ClockPolicy {

    private static final Set<Remedy> REPLACEMENTS = EnumSet.of(Remedy.EXCHANGE, Remedy.RESHIP);

    @Override
    public SlaPolicy id() {
        return SlaPolicy.RESHIP;
    }

    @Override
    public Duration defaultLimit() {
        return Duration.ofDays(3);
    }

    @Override
    public CalendarKind defaultCalendar() {
        return CalendarKind.BUSINESS_DAYS;
    }

    @Override
    public boolean startsOn(CaseEvent event) {
        return event instanceof RemedyDecided decided && REPLACEMENTS.contains(decided.remedy())
                || event instanceof InspectionCompleted inspected && inspected.result() == InspectionResult.PASSED;
    }

    @Override
    public boolean appliesTo(CaseEvent startEvent, CaseFacts facts) {
        if (startEvent instanceof RemedyDecided decided) {
            return !decided.returnRequired();
        }
        return REPLACEMENTS.contains(facts.remedy());
    }

    @Override
    public boolean stopsOn(CaseEvent event) {
        return event instanceof ReplacementShipped;
    }
}
