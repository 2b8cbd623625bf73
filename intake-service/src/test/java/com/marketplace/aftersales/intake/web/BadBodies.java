package com.marketplace.aftersales.intake.web;

import com.marketplace.aftersales.contracts.EventCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad JSON bodies for an endpoint, derived from a valid body of it: every field given each wrong JSON type, a null,
 * a string far over any bound; required fields left out; an unknown field; and bodies that are not the object at all.
 * Each names the status the endpoint must answer and the field its problem must name (null: the body as a whole).
 */
final class BadBodies {

    /** What is sent, and what must come back. */
    record BadBody(String label, String contentType, String body, int status, String field) {
    }

    static final String JSON = "application/json";
    /** Far over every bound of a text field (2000 characters), far under the body limit. */
    private static final String HUGE = "x".repeat(10_000);

    private BadBodies() {
    }

    /**
     * @param valid    a body the endpoint would accept
     * @param required the fields the endpoint requires (a null or missing one is a 400 naming it)
     * @param bodyRequired whether the endpoint requires a body at all (an empty one is a 400)
     */
    static List<BadBody> around(String valid, Set<String> required, boolean bodyRequired) {
        ObjectNode template = (ObjectNode) EventCodec.mapper().readTree(valid);
        List<BadBody> bad = new ArrayList<>();
        for (String field : template.propertyNames()) {
            bad.add(with(template, field, "a number", EventCodec.mapper().getNodeFactory().numberNode(42)));
            bad.add(with(template, field, "a boolean", EventCodec.mapper().getNodeFactory().booleanNode(true)));
            bad.add(with(template, field, "an array", EventCodec.mapper().createArrayNode().add("x")));
            if (!template.get(field).isObject()) {
                bad.add(with(template, field, "an object", EventCodec.mapper().createObjectNode().put("x", "y")));
                bad.add(with(template, field, "10 000 characters",
                        EventCodec.mapper().getNodeFactory().stringNode(HUGE)));
                bad.add(with(template, field, "a control character",
                        EventCodec.mapper().getNodeFactory().stringNode("bell\u0007")));
            }
            if (required.contains(field)) {
                bad.add(with(template, field, "null", EventCodec.mapper().getNodeFactory().nullNode()));
                ObjectNode without = template.deepCopy();
                without.remove(field);
                bad.add(new BadBody(field + " missing", JSON, without.toString(), 400, field));
            }
        }
        ObjectNode unknown = template.deepCopy();
        unknown.put("role", "ADMIN");
        bad.add(new BadBody("an unknown field", JSON, unknown.toString(), 400, "role"));

        String json = template.toString();
        bad.add(new BadBody("malformed JSON", JSON, json.substring(0, json.length() - 1), 400, null));
        bad.add(new BadBody("trailing garbage", JSON, json + " {}", 400, null));
        bad.add(new BadBody("an array instead of the object", JSON, "[" + json + "]", 400, null));
        bad.add(new BadBody("a string instead of the object", JSON, "\"" + HUGE + "\"", 400, null));
        bad.add(new BadBody("a duplicated field", JSON,
                "{" + firstMember(template) + ", " + json.substring(1), 400, null));
        bad.add(new BadBody("nesting 5000 deep", JSON,
                "{\"" + template.propertyNames().iterator().next() + "\": " + "[".repeat(5_000) + "]".repeat(5_000)
                        + "}", 400, null));
        bad.add(new BadBody("not JSON but text/plain", "text/plain", json, 415, null));
        bad.add(new BadBody("JSON labelled as XML", "application/xml", json, 415, null));
        bad.add(new BadBody("70 000 bytes, over the body limit", JSON,
                json.substring(0, json.length() - 1) + ", \"padding\": \"" + "p".repeat(70_000) + "\"}", 413, null));
        if (bodyRequired) {
            bad.add(new BadBody("no body", JSON, "", 400, null));
            bad.add(new BadBody("the body null", JSON, "null", 400, null));
        }
        return bad;
    }

    private static BadBody with(ObjectNode template, String field, String what, JsonNode value) {
        ObjectNode body = template.deepCopy();
        body.set(field, value);
        return new BadBody(field + " as " + what, JSON, body.toString(), 400, field);
    }

    /** {@code "name": value} of the body's first member, to repeat it. */
    private static String firstMember(ObjectNode template) {
        String name = template.propertyNames().iterator().next();
        return EventCodec.mapper().getNodeFactory().stringNode(name).toString() + ": " + template.get(name);
    }
}
