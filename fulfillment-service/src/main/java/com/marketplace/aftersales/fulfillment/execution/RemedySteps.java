package com.marketplace.aftersales.fulfillment.execution;

import com.marketplace.aftersales.fulfillment.cases.Actors;
import com.marketplace.aftersales.fulfillment.cases.FulfillmentCase;
import com.marketplace.aftersales.fulfillment.cases.Transition;
import com.marketplace.aftersales.fulfillment.refunds.PayoutRequests;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What follows once the returned goods passed inspection, by remedy: the plan's money (refund, then compensation) for
 * the money remedies; for an exchange, the merchant ships the replacement. (A repair is never inspected: its stages
 * follow the receipt.)
 */
@Component
public class RemedySteps {

    private final PayoutRequests payouts;

    RemedySteps(PayoutRequests payouts) {
        this.payouts = payouts;
    }

    /** @return the further transition, not yet saved (the caller saves the whole chain in its transaction) */
    public Mono<Transition> afterPassedInspection(FulfillmentCase inspected) {
        if (inspected.replacesGoods()) {
            return Mono.just(inspected.awaitReplacement());
        }
        return payouts.orderMoney(inspected, Actors.SYSTEM);
    }
}
