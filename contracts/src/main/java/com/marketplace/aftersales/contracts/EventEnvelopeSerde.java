package com.marketplace.aftersales.contracts;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde of {@link EventEnvelope}, for Kafka Streams and plain clients. Deserializes an event type this reader
 * does not know to {@code null} (callers filter those out); a malformed record throws {@link SerializationException}
 * so the client's deserialization error handling (skip or dead-letter) takes over.
 */
public final class EventEnvelopeSerde implements Serde<EventEnvelope<CaseEvent>> {

    @Override
    public Serializer<EventEnvelope<CaseEvent>> serializer() {
        return (topic, envelope) -> envelope == null ? null : EventCodec.encode(envelope);
    }

    @Override
    public Deserializer<EventEnvelope<CaseEvent>> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return EventCodec.decode(bytes).orElse(null);
            } catch (MalformedEventException e) {
                throw new SerializationException("Malformed event on " + topic + ": " + e.getMessage(), e);
            }
        };
    }
}
