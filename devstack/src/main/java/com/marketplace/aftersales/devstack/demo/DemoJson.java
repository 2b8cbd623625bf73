package com.marketplace.aftersales.devstack.demo;

import com.marketplace.aftersales.contracts.EventCodec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON as the demo reads it: tolerant, since it only shows what the suite answers. */
final class DemoJson {

    static final JsonMapper MAPPER = EventCodec.mapper();

    private DemoJson() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** @return the parsed body, or null when it is empty or not JSON */
    static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }

    /** @return the field as text, or null when the node, or the field, is absent or null */
    static String text(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainer() ? null : value.asString();
    }
}
