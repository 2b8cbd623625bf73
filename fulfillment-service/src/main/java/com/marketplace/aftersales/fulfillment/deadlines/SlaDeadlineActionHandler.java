package com.marketplace.aftersales.fulfillment.deadlines;

import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.sla.SlaDeadlineAction;
import com.marketplace.aftersales.platform.consumer.CaseEventHandler;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Deadline actions from the sla-monitor ({@code aftersales.sla.v1}), in the inbox's transaction. */
@Component
class SlaDeadlineActionHandler implements CaseEventHandler<SlaDeadlineAction> {

    private final DeadlineActions actions;

    SlaDeadlineActionHandler(DeadlineActions actions) {
        this.actions = actions;
    }

    @Override
    public Class<SlaDeadlineAction> eventType() {
        return SlaDeadlineAction.class;
    }

    @Override
    public Mono<Void> handle(EventEnvelope<SlaDeadlineAction> event) {
        return Mono.defer(() -> actions.receive(event.id(), event.data()));
    }
}
