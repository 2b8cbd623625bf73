package com.marketplace.aftersales.caseview.projection;

import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.platform.consumer.CaseEventHandler;
import reactor.core.publisher.Mono;

/** The platform's handler for one event type: every type is projected the same way, by {@link CaseProjector}. */
final class ProjectingHandler<E extends CaseEvent> implements CaseEventHandler<E> {

    private final Class<E> type;
    private final CaseProjector projector;

    ProjectingHandler(Class<E> type, CaseProjector projector) {
        this.type = type;
        this.projector = projector;
    }

    @Override
    public Class<E> eventType() {
        return type;
    }

    @Override
    public Mono<Void> handle(EventEnvelope<E> event) {
        return projector.project(event);
    }

    @Override
    public String toString() {
        return "ProjectingHandler[" + type.getSimpleName() + "]";
    }
}
