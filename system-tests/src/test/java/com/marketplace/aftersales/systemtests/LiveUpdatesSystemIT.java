package com.marketplace.aftersales.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The app's live view of a case through the gateway: each new timeline entry is pushed as it happens, a reconnect
 * with Last-Event-ID resumes without repeats or gaps, and another customer's stream is refused.
 */
@Order(9)
class LiveUpdatesSystemIT {

    private final RunningSuite suite = RunningSuite.get();

    @Test
    void newEntriesArePushedAndAReconnectResumesAfterTheLastOneSeen() {
        Journey journey = new Journey(suite).withDeliveredOrder();
        journey.submit();
        journey.awaitStatus("SUBMITTED");
        String url = suite.gatewayUrl() + "/api/v1/cases/" + journey.caseId + "/stream";

        String lastSeen;
        try (EventStream stream = new EventStream(url, journey.customer, null)) {
            assertThat(stream.status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> !stream.events().isEmpty());
            int before = stream.events().size();

            Instant posted = Instant.now();
            Journey.succeeded(journey.api.post("/api/v1/cases/" + journey.caseId + "/messages", journey.customer,
                    Map.of("text", "Is there any news?")));

            await().atMost(Duration.ofSeconds(30)).until(() -> stream.events().size() > before);
            EventStream.Event pushed = stream.events().get(before);
            assertThat(pushed.data()).contains("MessagePosted");
            System.out.println("[live-updates] message accepted to entry on the stream: "
                    + Duration.between(posted, pushed.receivedAt()).toMillis() + " ms");
            lastSeen = pushed.id();
        }

        Journey.succeeded(journey.api.post("/api/v1/cases/" + journey.caseId + "/messages", journey.customer,
                Map.of("text", "Hello again")));
        try (EventStream resumed = new EventStream(url, journey.customer, lastSeen)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> !resumed.events().isEmpty());
            List<EventStream.Event> events = resumed.events();
            assertThat(events.get(0).data()).contains("MessagePosted");
            assertThat(events).allSatisfy(event ->
                    assertThat(Long.parseLong(event.id())).isGreaterThan(Long.parseLong(lastSeen)));
        }
    }

    @Test
    void anotherCustomersStreamIsRefused() {
        Journey journey = new Journey(suite).withDeliveredOrder();
        journey.submit();
        Journey stranger = new Journey(suite);
        try (EventStream stream = new EventStream(suite.gatewayUrl() + "/api/v1/cases/" + journey.caseId
                + "/stream", stranger.customer, null)) {
            assertThat(stream.status()).isEqualTo(404);
        }
    }
}
