package com.marketplace.aftersales.diagnosis.cases;

import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.platform.consumer.CaseEventHandler;
import reactor.core.publisher.Mono;

/**
 * A later stage ended the case (fulfillment resolved or abandoned it, feedback closed it): it no longer counts towards
 * its handler's load, and no deadline raises its priority. These events come from other topics, so they can overtake
 * nothing of diagnosis' own and an unknown case simply has nothing to close.
 */
class CaseEndedHandler<E extends CaseEvent> implements CaseEventHandler<E> {

    private final Class<E> eventType;
    private final String reason;
    private final CaseLifecycle lifecycle;

    CaseEndedHandler(Class<E> eventType, String reason, CaseLifecycle lifecycle) {
        this.eventType = eventType;
        this.reason = reason;
        this.lifecycle = lifecycle;
    }

    @Override
    public Class<E> eventType() {
        return eventType;
    }

    @Override
    public Mono<Void> handle(EventEnvelope<E> event) {
        return lifecycle.close(event.data().caseId(), reason, false);
    }
}
