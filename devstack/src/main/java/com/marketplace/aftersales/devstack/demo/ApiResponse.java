package com.marketplace.aftersales.devstack.demo;

import tools.jackson.databind.JsonNode;

/**
 * What the gateway answered: the status and the JSON body (null when there was none, or it was not JSON).
 *
 * @param request what was asked, e.g. {@code POST /api/v1/cases}, for messages
 */
record ApiResponse(String request, int status, JsonNode body, String rawBody) {

    boolean succeeded() {
        return status >= 200 && status < 300;
    }

    /** @return the field as text, or null when it is absent or null */
    String text(String field) {
        return DemoJson.text(body, field);
    }

    /** {@code 409 Conflict: the case is AWAITING_RETURN}: the status and, for a problem, its title and detail. */
    String describe() {
        String title = text("title");
        String detail = text("detail");
        StringBuilder description = new StringBuilder(String.valueOf(status));
        if (title != null) {
            description.append(' ').append(title);
        }
        if (detail != null) {
            description.append(": ").append(detail);
        } else if (title == null && rawBody != null && !rawBody.isBlank()) {
            description.append(": ").append(rawBody.length() > 300 ? rawBody.substring(0, 300) + "..." : rawBody);
        }
        return description.toString();
    }
}
