package com.marketplace.aftersales.devstack.demo;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The parts of {@code GET /api/v1/cases/{caseId}} the demo shows: the status as the app shows it, who handles the
 * case, the refund, and the timeline. Read tolerantly: a field the demo does not know is ignored, a missing one is
 * null.
 */
record CaseView(String caseId, String serviceNo, String status, String handler, String refund,
                List<TimelineEntry> timeline) {

    /** The view before case-view has projected the case (its {@code GET} answers 404 until then). */
    static final CaseView NOT_VISIBLE_YET = new CaseView(null, null, null, null, null, List.of());

    /** One line of the case's history. */
    record TimelineEntry(String at, String type, String actorRole, String summary) {
    }

    static CaseView of(JsonNode body) {
        List<TimelineEntry> timeline = new ArrayList<>();
        JsonNode entries = body.get("timeline");
        if (entries != null && entries.isArray()) {
            for (JsonNode entry : entries) {
                JsonNode actor = entry.get("actor");
                timeline.add(new TimelineEntry(DemoJson.text(entry, "at"), DemoJson.text(entry, "type"),
                        DemoJson.text(actor, "role"), DemoJson.text(entry, "summary")));
            }
        }
        return new CaseView(DemoJson.text(body, "caseId"), DemoJson.text(body, "serviceNo"),
                DemoJson.text(body, "status"), handler(body.get("handler")), refund(body.get("refund")),
                List.copyOf(timeline));
    }

    boolean visible() {
        return status != null;
    }

    /** {@code handler agent-demo-1; refund 129.00 CNY}, or empty when the case has neither yet. */
    String details() {
        List<String> details = new ArrayList<>();
        if (handler != null) {
            details.add("handler " + handler);
        }
        if (refund != null) {
            details.add("refund " + refund);
        }
        return String.join("; ", details);
    }

    /** The handler is {@code {id, name}}; an older shape was the id alone. */
    private static String handler(JsonNode handler) {
        if (handler == null || handler.isNull()) {
            return null;
        }
        return handler.isObject() ? DemoJson.text(handler, "id") : handler.asString();
    }

    private static String refund(JsonNode refund) {
        String amount = DemoJson.text(refund, "amount");
        if (amount == null) {
            return null;
        }
        String currency = DemoJson.text(refund, "currency");
        return currency == null ? amount : amount + " " + currency;
    }
}
