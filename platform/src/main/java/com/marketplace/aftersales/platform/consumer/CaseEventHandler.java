package com.marketplace.aftersales.platform.consumer;

import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import reactor.core.publisher.Mono;

/**
 * Applies one type of event to the service's state. Declare it as a bean: the platform subscribes the service to the
 * event's topic and calls the handler inside a transaction that also records the event as applied (the inbox), so the
 * handler runs at most once per event however often the event is delivered. Appending to the outbox from here joins
 * the same transaction.
 */
public interface CaseEventHandler<E extends CaseEvent> {

    Class<E> eventType();

    Mono<Void> handle(EventEnvelope<E> event);
}
