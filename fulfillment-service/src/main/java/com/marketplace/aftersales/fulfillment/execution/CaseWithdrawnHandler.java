package com.marketplace.aftersales.fulfillment.execution;

import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.intake.CaseWithdrawn;
import com.marketplace.aftersales.platform.consumer.CaseEventHandler;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The customer withdrew the request (intake): cancel the execution if nothing has moved yet. */
@Component
class CaseWithdrawnHandler implements CaseEventHandler<CaseWithdrawn> {

    private final Withdrawals withdrawals;

    CaseWithdrawnHandler(Withdrawals withdrawals) {
        this.withdrawals = withdrawals;
    }

    @Override
    public Class<CaseWithdrawn> eventType() {
        return CaseWithdrawn.class;
    }

    @Override
    public Mono<Void> handle(EventEnvelope<CaseWithdrawn> event) {
        return Mono.defer(() -> withdrawals.withdraw(event.data()));
    }
}
