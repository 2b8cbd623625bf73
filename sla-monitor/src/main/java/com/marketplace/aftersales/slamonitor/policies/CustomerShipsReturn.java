package com.marketplace.aftersales.slamonitor.policies;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.fulfillment.ReturnAuthorized;
import com.marketplace.aftersales.contracts.fulfillment.ReturnShipped;
import com.marketplace.aftersales.contracts.sla.DeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.contracts.status.CaseStatus;
import java.time.Duration;
import java.util.Optional;

/** The customer ships an authorised return within 7 days; otherwise the case is closed as abandoned. */
final class CustomerShipsReturn implements ClockPolicy {

    private static final DeadlineConsequence CLOSE_AS_ABANDONED =
            DeadlineConsequence.inStatus(DeadlineAction.ABANDON, CaseStatus.AWAITING_RETURN);

    @Override
    public SlaPolicy id() {
        return SlaPolicy.CUSTOMER_SHIPS_RETURN;
    }

    @Override
    public Duration defaultLimit() {
        return Duration.ofDays(7);
    }

    @Override
    public boolean startsOn(CaseEvent event) {
        return event instanceof ReturnAuthorized;
    }

    @Override
    public boolean stopsOn(CaseEvent event) {
        return event instanceof ReturnShipped;
    }

    @Override
    public Optional<DeadlineConsequence> atDeadline() {
        return Optional.of(CLOSE_AS_ABANDONED);
    }
}
