package com.marketplace.aftersales.slamonitor.policies;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.feedback.CaseClosed;
import com.marketplace.aftersales.contracts.fulfillment.CaseAbandoned;
import com.marketplace.aftersales.contracts.intake.CaseReviewed;
import com.marketplace.aftersales.contracts.intake.CaseWithdrawn;
import com.marketplace.aftersales.contracts.intake.ReviewDecision;

/**
 * The terminal events of contracts §4. Each stops every clock of the case and keeps new ones from starting, except the
 * clocks of policies that watch what comes after a case ({@link ClockPolicy#endsWithCase()} false: the follow-up of a
 * negative review and complaints), which would otherwise be cancelled as they start or never start at all.
 */
public final class CaseEnd {

    private CaseEnd() {
    }

    public static boolean endsCase(CaseEvent event) {
        return event instanceof CaseWithdrawn
                || event instanceof CaseReviewed reviewed && reviewed.decision() == ReviewDecision.NOT_APPLICABLE
                || event instanceof CaseAbandoned
                || event instanceof CaseClosed;
    }
}
