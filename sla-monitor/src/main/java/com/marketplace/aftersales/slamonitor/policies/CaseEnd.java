package com.marketplace.aftersales.slamonitor.policies;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.feedback.CaseClosed;
import com.marketplace.aftersales.contracts.fulfillment.CaseAbandoned;
import com.marketplace.aftersales.contracts.intake.CaseReviewed;
import com.marketplace.aftersales.contracts.intake.CaseWithdrawn;
import com.marketplace.aftersales.contracts.intake.ReviewDecision;

/** The terminal events of contracts §4: each stops every clock of the case, and no clock starts after it. */
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
