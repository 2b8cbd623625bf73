package com.marketplace.aftersales.diagnosis.cases;

import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.intake.CaseSubmitted;
import com.marketplace.aftersales.platform.consumer.CaseEventHandler;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Stores the facts of a new request, and the hashes of the evidence it came with. */
@Component
class CaseSubmittedHandler implements CaseEventHandler<CaseSubmitted> {

    private final CaseLifecycle lifecycle;

    CaseSubmittedHandler(CaseLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public Class<CaseSubmitted> eventType() {
        return CaseSubmitted.class;
    }

    @Override
    public Mono<Void> handle(EventEnvelope<CaseSubmitted> event) {
        return Mono.defer(() -> lifecycle.submitted(event.data(), event.time()));
    }
}
