package com.marketplace.aftersales.diagnosis.cases;

import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.intake.CaseWithdrawn;
import com.marketplace.aftersales.platform.consumer.CaseEventHandler;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The customer withdrew: diagnosis stops acting on the case (a merchant answer is refused, a deadline action skipped).
 * Like a review, a withdrawal follows the submission on the same partition, so an unknown case is an error.
 */
@Component
class CaseWithdrawnHandler implements CaseEventHandler<CaseWithdrawn> {

    static final String WITHDRAWN = "WITHDRAWN";

    private final CaseLifecycle lifecycle;

    CaseWithdrawnHandler(CaseLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public Class<CaseWithdrawn> eventType() {
        return CaseWithdrawn.class;
    }

    @Override
    public Mono<Void> handle(EventEnvelope<CaseWithdrawn> event) {
        return lifecycle.close(event.data().caseId(), WITHDRAWN, true);
    }
}
