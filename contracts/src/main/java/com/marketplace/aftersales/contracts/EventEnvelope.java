package com.marketplace.aftersales.contracts;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A CloudEvents 1.0 event in structured JSON: the attributes and the data in one body. The same attributes travel as
 * {@code ce_*} Kafka headers ({@link CloudEventHeaders}) so a consumer can route without parsing the body.
 *
 * @param time    when it happened (the moment the state change was committed), not when it was relayed
 * @param subject the case id, also the Kafka key
 */
public record EventEnvelope<E extends CaseEvent>(
        String specversion,
        String id,
        String type,
        String source,
        Instant time,
        String subject,
        String datacontenttype,
        E data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
    }

    public static <E extends CaseEvent> EventEnvelope<E> of(E event, Component source, UUID id, Instant time) {
        return new EventEnvelope<>(SPEC_VERSION, id.toString(), EventTypes.of(event).name(), source.eventSource(),
                time, event.caseId().toString(), DATA_CONTENT_TYPE, event);
    }

    /** The topic this event must be written to. */
    public TopicSpec topic() {
        return EventTypes.of(data).topic();
    }
}
