package com.marketplace.aftersales.simulators.http;

import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** One HTTP request as a route sees it: method, decoded path variables and the raw body. */
public record Request(String method, String path, Map<String, String> pathVariables, byte[] body) {

    public String pathVariable(String name) {
        String value = pathVariables.get(name);
        if (value == null) {
            throw new IllegalStateException("The route declares no path variable " + name);
        }
        return value;
    }

    /** The body as a JSON object; anything else is the client's mistake. */
    public JsonNode jsonObject() {
        if (body.length == 0) {
            throw new BadRequestException("A JSON object body is required");
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new BadRequestException("The body is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new BadRequestException("The body must be a JSON object");
        }
        return node;
    }
}
