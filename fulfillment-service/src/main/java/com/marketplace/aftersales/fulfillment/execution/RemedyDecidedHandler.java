package com.marketplace.aftersales.fulfillment.execution;

import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.diagnosis.RemedyDecided;
import com.marketplace.aftersales.platform.consumer.CaseEventHandler;
import com.marketplace.aftersales.platform.consumer.NonRetryableRecordException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Diagnosis decided the remedy: execute it. A plan that can never be executed goes to the dead-letter topic at once. */
@Component
class RemedyDecidedHandler implements CaseEventHandler<RemedyDecided> {

    private final RemedyExecution execution;

    RemedyDecidedHandler(RemedyExecution execution) {
        this.execution = execution;
    }

    @Override
    public Class<RemedyDecided> eventType() {
        return RemedyDecided.class;
    }

    @Override
    public Mono<Void> handle(EventEnvelope<RemedyDecided> event) {
        return Mono.defer(() -> execution.start(event.data()))
                .onErrorMap(UnexecutablePlan.class, e -> new NonRetryableRecordException(e.getMessage(), e));
    }
}
