package com.marketplace.aftersales.slamonitor.policies;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.feedback.CaseClosed;
import com.marketplace.aftersales.contracts.fulfillment.CaseResolved;
import com.marketplace.aftersales.contracts.intake.CaseSubmitted;
import com.marketplace.aftersales.contracts.sla.DeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import java.time.Duration;
import java.util.Optional;

/**
 * A case is resolved within 48 hours of its submission, not counting waits on the customer; otherwise its priority is
 * raised to HIGH [002 時效監控看板].
 *
 * <p>The action expects no particular status: this clock spans every stage of an open case, so any open status is the
 * one it means (a status check would wrongly skip the action for a case that moved from one open stage to the next
 * while the action was on its way). The clock itself ends with the case, so no action is published for an ended one,
 * and diagnosis raises the priority only of a case it still holds open.
 */
final class Unresolved implements ClockPolicy {

    private static final DeadlineConsequence RAISE_PRIORITY = DeadlineConsequence.whileOpen(DeadlineAction.RAISE_PRIORITY);

    @Override
    public SlaPolicy id() {
        return SlaPolicy.UNRESOLVED;
    }

    @Override
    public Duration defaultLimit() {
        return Duration.ofHours(48);
    }

    @Override
    public boolean startsOn(CaseEvent event) {
        return event instanceof CaseSubmitted;
    }

    @Override
    public boolean stopsOn(CaseEvent event) {
        return event instanceof CaseResolved || event instanceof CaseClosed;
    }

    @Override
    public boolean pausesWhileCustomerIsAsked() {
        return true;
    }

    @Override
    public Optional<DeadlineConsequence> atDeadline() {
        return Optional.of(RAISE_PRIORITY);
    }
}
