package com.marketplace.aftersales.contracts;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.orders.OrderSnapshot;
import java.time.Instant;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes events as JSON, the way every consumer of the catalogue should: a tolerant reader. Unknown fields
 * are ignored, unknown enum values read as {@code UNKNOWN}, and an unknown event type is skipped rather than failed,
 * so producers can add fields, values and types without breaking anyone (architecture.md, "Evolution").
 */
public final class EventCodec {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private EventCodec() {
    }

    /** The mapper events are read and written with; tolerant as described above. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static byte[] encode(EventEnvelope<?> envelope) {
        return MAPPER.writeValueAsBytes(envelope);
    }

    public static String encodeToString(EventEnvelope<?> envelope) {
        return MAPPER.writeValueAsString(envelope);
    }

    /**
     * Reads a structured CloudEvent.
     *
     * @return the event, or empty if its type is one this reader does not know (a newer producer's addition)
     * @throws MalformedEventException if the bytes are not an event at all
     */
    public static Optional<EventEnvelope<CaseEvent>> decode(byte[] body) {
        if (body == null || body.length == 0) {
            throw new MalformedEventException("Empty record: an event body is required");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new MalformedEventException("Not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new MalformedEventException("Not a CloudEvent: the body is not a JSON object");
        }
        String typeName = requiredText(root, "type");
        Optional<EventType> type = EventTypes.byName(typeName);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        JsonNode dataNode = root.get("data");
        if (dataNode == null || !dataNode.isObject()) {
            throw new MalformedEventException("Event " + typeName + " has no data object");
        }
        CaseEvent data;
        Instant time;
        try {
            data = MAPPER.treeToValue(dataNode, type.get().javaType());
            time = MAPPER.treeToValue(root.get("time"), Instant.class);
        } catch (JacksonException e) {
            throw new MalformedEventException("Event " + typeName + " cannot be read: " + e.getOriginalMessage(), e);
        }
        if (data.caseId() == null) {
            throw new MalformedEventException("Event " + typeName + " has no caseId");
        }
        if (time == null) {
            throw new MalformedEventException("Event " + typeName + " has no time");
        }
        return Optional.of(new EventEnvelope<>(
                textOr(root, "specversion", EventEnvelope.SPEC_VERSION),
                requiredText(root, "id"),
                typeName,
                requiredText(root, "source"),
                time,
                textOr(root, "subject", data.caseId().toString()),
                textOr(root, "datacontenttype", EventEnvelope.DATA_CONTENT_TYPE),
                data));
    }

    /** Reads a record of the orders team's topic: plain JSON, not an envelope. */
    public static OrderSnapshot decodeOrder(byte[] body) {
        try {
            OrderSnapshot order = MAPPER.readValue(body, OrderSnapshot.class);
            if (order == null || order.orderId() == null || order.customerId() == null) {
                throw new MalformedEventException("An order needs orderId and customerId");
            }
            return order;
        } catch (JacksonException e) {
            throw new MalformedEventException("Not an order: " + e.getOriginalMessage(), e);
        }
    }

    public static byte[] encodeOrder(OrderSnapshot order) {
        return MAPPER.writeValueAsBytes(order);
    }

    private static String requiredText(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isString() || node.asString().isBlank()) {
            throw new MalformedEventException("Not a CloudEvent: '" + field + "' is missing");
        }
        return node.asString();
    }

    private static String textOr(JsonNode root, String field, String fallback) {
        JsonNode node = root.get(field);
        return node != null && node.isString() ? node.asString() : fallback;
    }
}
