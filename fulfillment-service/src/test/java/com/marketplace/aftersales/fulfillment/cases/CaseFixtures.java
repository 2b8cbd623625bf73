package com.marketplace.aftersales.fulfillment.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.Channel;
import com.marketplace.aftersales.contracts.fulfillment.InspectionResult;
import com.marketplace.aftersales.fulfillment.support.Remedies;
import java.util.function.Function;

/** Actors and the steps the state machine tests share. */
final class CaseFixtures {

    static final Actor CUSTOMER = new Actor(Remedies.CUSTOMER, ActorRole.CUSTOMER, Channel.PERSONAL_CENTRE);
    static final Actor WAREHOUSE = new Actor("clerk-1", ActorRole.WAREHOUSE, Channel.WAREHOUSE_CONSOLE);
    static final Actor MERCHANT = new Actor("merchant-user", ActorRole.MERCHANT, Channel.MERCHANT_CONSOLE);
    static final Actor FINANCE = new Actor("finance-1", ActorRole.FINANCE, Channel.STAFF_CONSOLE);

    private CaseFixtures() {
    }

    static FulfillmentCase awaitingReturn(FulfillmentCase opened) {
        return opened.authorizeReturn("No. 8 Logistics Road", Actors.SYSTEM).next();
    }

    static FulfillmentCase inTransit(FulfillmentCase opened) {
        return awaitingReturn(opened).shipReturn("SF", "SF1234567890", CUSTOMER).next();
    }

    static FulfillmentCase received(FulfillmentCase opened) {
        return inTransit(opened).receiveReturn(null, WAREHOUSE).next();
    }

    static FulfillmentCase passedInspection(FulfillmentCase opened) {
        return received(opened).inspect(InspectionResult.PASSED, null, MERCHANT).next();
    }

    static TransitionRefused assertRefused(FulfillmentCase current, Function<FulfillmentCase, Transition> decision,
                                           FulfillmentStatus status) {
        Throwable thrown = catchThrowable(() -> decision.apply(current));
        assertThat(thrown).isInstanceOf(TransitionRefused.class);
        TransitionRefused refused = (TransitionRefused) thrown;
        assertThat(refused.currentStatus()).isEqualTo(status);
        return refused;
    }
}
