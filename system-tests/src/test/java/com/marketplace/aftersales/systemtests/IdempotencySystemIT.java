package com.marketplace.aftersales.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** A retried request with the same Idempotency-Key is answered, not repeated; a reused key for another request is refused. */
@Order(11)
class IdempotencySystemIT {

    private final RunningSuite suite = RunningSuite.get();

    @Test
    void theSameKeyReplaysTheFirstAnswerAndADifferentBodyIsRefused() {
        Journey journey = new Journey(suite).withDeliveredOrder();
        journey.submit();
        String key = UUID.randomUUID().toString();
        Map<String, Object> message = Map.of("text", "Please call me");

        GatewayClient.Response first = journey.api.post("/api/v1/cases/" + journey.caseId + "/messages",
                journey.customer, message, key);
        GatewayClient.Response again = journey.api.post("/api/v1/cases/" + journey.caseId + "/messages",
                journey.customer, message, key);
        GatewayClient.Response other = journey.api.post("/api/v1/cases/" + journey.caseId + "/messages",
                journey.customer, Map.of("text", "Something else"), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.text("messageId")).isEqualTo(first.text("messageId"));
        assertThat(other.status()).isEqualTo(422);
        // A later message as a fence: once it shows, everything before it has been applied.
        Journey.succeeded(journey.api.post("/api/v1/cases/" + journey.caseId + "/messages", journey.customer,
                Map.of("text", "Fence"), UUID.randomUUID().toString()));
        journey.awaitView("both messages", view -> messages(view) >= 2);
        assertThat(messages(journey.view())).isEqualTo(2);
    }

    private static long messages(tools.jackson.databind.JsonNode view) {
        long posted = 0;
        for (var entry : view.get("timeline")) {
            if (entry.get("type").asString().equals("MessagePosted")) {
                posted++;
            }
        }
        return posted;
    }
}
