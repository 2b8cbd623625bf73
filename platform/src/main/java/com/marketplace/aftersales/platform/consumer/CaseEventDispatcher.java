package com.marketplace.aftersales.platform.consumer;

import com.marketplace.aftersales.contracts.CloudEventHeaders;
import com.marketplace.aftersales.contracts.EventCodec;
import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.platform.inbox.Inbox;
import com.marketplace.aftersales.platform.support.TransientFailures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Turns a record of a lifecycle topic into calls of the service's handlers, exactly once per event: decode (a record
 * that is not an event is poison), skip types nobody here handles (tolerant reader), then in one transaction record
 * the event in the inbox and run the handlers, unless the inbox has seen the event before.
 */
class CaseEventDispatcher {

    private static final Logger log = LoggerFactory.getLogger(CaseEventDispatcher.class);

    private final String consumer;
    private final Map<Class<? extends CaseEvent>, List<CaseEventHandler<?>>> handlers;
    private final Inbox inbox;
    private final TransactionalOperator transactions;
    private final ConsumerMetrics metrics;
    private final Duration timeout;

    CaseEventDispatcher(String consumer, Map<Class<? extends CaseEvent>, List<CaseEventHandler<?>>> handlers,
                        Inbox inbox, TransactionalOperator transactions, ConsumerMetrics metrics, Duration timeout) {
        this.consumer = consumer;
        this.handlers = handlers;
        this.inbox = inbox;
        this.transactions = transactions;
        this.metrics = metrics;
        this.timeout = timeout;
    }

    void process(ConsumerRecord<String, byte[]> record) {
        Optional<EventEnvelope<CaseEvent>> decoded = EventCodec.decode(record.value());
        if (decoded.isEmpty()) {
            metrics.skipped(record.topic(), header(record, CloudEventHeaders.TYPE));
            return;
        }
        EventEnvelope<CaseEvent> event = decoded.get();
        List<CaseEventHandler<?>> targets = handlers.getOrDefault(event.data().getClass(), List.of());
        if (targets.isEmpty()) {
            metrics.skipped(record.topic(), event.type());
            return;
        }
        MDC.put("caseId", event.subject());
        MDC.put("eventType", event.type());
        try {
            Inbox.InboundEvent inbound = new Inbox.InboundEvent(event.id(), event.type(), record.topic(),
                    record.partition(), record.offset());
            Boolean applied = inbox.firstDelivery(consumer, inbound)
                    .flatMap(first -> first ? apply(targets, event).thenReturn(true) : Mono.just(false))
                    .as(transactions::transactional)
                    .timeout(timeout, Mono.error(() -> new TransientFailures.TransientProcessingException(
                            "event " + event.id() + " not handled within " + timeout)))
                    .block();
            if (Boolean.TRUE.equals(applied)) {
                metrics.applied(record.topic(), event.type());
            } else {
                metrics.duplicate(record.topic(), event.type());
                log.debug("Skipped redelivered event {}", event.id());
            }
        } finally {
            MDC.remove("caseId");
            MDC.remove("eventType");
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Mono<Void> apply(List<CaseEventHandler<?>> targets, EventEnvelope<CaseEvent> event) {
        return Flux.fromIterable(targets)
                .concatMap(handler -> ((CaseEventHandler) handler).handle(event))
                .then();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "unknown" : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
