package com.marketplace.aftersales.slamonitor.policies;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.intake.CaseReviewed;
import com.marketplace.aftersales.contracts.intake.CaseSubmitted;
import com.marketplace.aftersales.contracts.intake.MessagePosted;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import java.time.Duration;

/** The platform answers a new request within 30 minutes: a review or a staff member's message counts. */
final class FirstResponse implements ClockPolicy {

    @Override
    public SlaPolicy id() {
        return SlaPolicy.FIRST_RESPONSE;
    }

    @Override
    public Duration defaultLimit() {
        return Duration.ofMinutes(30);
    }

    @Override
    public boolean startsOn(CaseEvent event) {
        return event instanceof CaseSubmitted;
    }

    @Override
    public boolean stopsOn(CaseEvent event) {
        return event instanceof CaseReviewed
                || event instanceof MessagePosted message && StaffRoles.isStaff(message.actor());
    }
}
