package com.marketplace.aftersales.diagnosis.cases;

import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.intake.CaseSubmitted;
import com.marketplace.aftersales.platform.consumer.CaseEventHandler;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Stores the facts of a new request and the hashes of the evidence it came with, then refunds it at once if it is a
 * small refund from a customer with a clean history (instant refund); otherwise it waits for the agent's review.
 */
@Component
class CaseSubmittedHandler implements CaseEventHandler<CaseSubmitted> {

    private final CaseLifecycle lifecycle;
    private final CaseApproval approval;

    CaseSubmittedHandler(CaseLifecycle lifecycle, CaseApproval approval) {
        this.lifecycle = lifecycle;
        this.approval = approval;
    }

    @Override
    public Class<CaseSubmitted> eventType() {
        return CaseSubmitted.class;
    }

    @Override
    public Mono<Void> handle(EventEnvelope<CaseSubmitted> event) {
        return Mono.defer(() -> lifecycle.submitted(event.data(), event.time()))
                .flatMap(first -> first ? approval.submitted(event.data().caseId()) : Mono.empty());
    }
}
