package com.marketplace.aftersales.fulfillment.execution;

import com.marketplace.aftersales.fulfillment.cases.Actors;
import com.marketplace.aftersales.fulfillment.cases.FulfillmentCase;
import com.marketplace.aftersales.fulfillment.cases.Transition;
import com.marketplace.aftersales.fulfillment.refunds.RefundRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What follows once the returned goods passed inspection, by remedy. A refund for the refund remedies; the other
 * remedies (a replacement for an exchange, the repair) are carried out by hand for now and slot in here.
 */
@Component
public class RemedySteps {

    private static final Logger log = LoggerFactory.getLogger(RemedySteps.class);

    private final RefundRequests refunds;

    RemedySteps(RefundRequests refunds) {
        this.refunds = refunds;
    }

    /** @return the further transition, not yet saved (the caller saves the whole chain in its transaction) */
    public Mono<Transition> afterPassedInspection(FulfillmentCase inspected) {
        if (inspected.refundsMoney()) {
            return refunds.requestRefund(inspected, Actors.SYSTEM);
        }
        log.atInfo().addKeyValue("caseId", inspected.caseId()).log(
                "Inspection passed; executing remedy {} is manual for now", inspected.remedy());
        return Mono.just(Transition.none(inspected));
    }
}
