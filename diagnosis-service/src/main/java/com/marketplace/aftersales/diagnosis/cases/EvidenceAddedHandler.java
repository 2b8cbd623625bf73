package com.marketplace.aftersales.diagnosis.cases;

import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.intake.EvidenceAdded;
import com.marketplace.aftersales.platform.consumer.CaseEventHandler;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Keeps the hash of evidence added after submission, for later risk checks. */
@Component
class EvidenceAddedHandler implements CaseEventHandler<EvidenceAdded> {

    private final CaseLifecycle lifecycle;

    EvidenceAddedHandler(CaseLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public Class<EvidenceAdded> eventType() {
        return EvidenceAdded.class;
    }

    @Override
    public Mono<Void> handle(EventEnvelope<EvidenceAdded> event) {
        return Mono.defer(() -> lifecycle.evidenceAdded(event.data().caseId(), event.data().evidence(), event.time()));
    }
}
