package com.marketplace.aftersales.slamonitor.policies;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.fulfillment.RepairProgressed;
import com.marketplace.aftersales.contracts.fulfillment.RepairStage;
import com.marketplace.aftersales.contracts.fulfillment.ReturnReceived;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.slamonitor.calendar.CalendarKind;
import java.time.Duration;

/**
 * An item received for repair is repaired within 3 business days. The receipt itself does not say why the goods came
 * back; the remedy does ({@link CaseFacts#remedy()}, known from the execution order written before the receipt).
 */
final class Repair implements ClockPolicy {

    @Override
    public SlaPolicy id() {
        return SlaPolicy.REPAIR;
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
        return event instanceof ReturnReceived;
    }

    @Override
    public boolean appliesTo(CaseEvent startEvent, CaseFacts facts) {
        return facts.remedy() == Remedy.REPAIR;
    }

    @Override
    public boolean stopsOn(CaseEvent event) {
        return event instanceof RepairProgressed progressed && progressed.stage() == RepairStage.REPAIRED;
    }
}
