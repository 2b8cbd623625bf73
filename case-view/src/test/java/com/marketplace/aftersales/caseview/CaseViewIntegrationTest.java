package com.marketplace.aftersales.caseview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.EventTypes;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.testsupport.TestInfrastructure;
import com.marketplace.aftersales.testsupport.TestTokens;
import com.marketplace.aftersales.testsupport.TopicWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of case-view's integration tests: the service against the shared real Kafka broker and PostgreSQL, fed with
 * events exactly as their writers publish them. One configuration, so the Spring context starts once for all.
 * Every test works on cases, customers and merchants of its own, so tests never see each other's data.
 */
@SpringBootTest(classes = CaseViewApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "aftersales.caseview.sse.heartbeat-interval=1s",
                "aftersales.consumer.initial-backoff=50ms",
                "aftersales.consumer.max-backoff=200ms"
        })
public abstract class CaseViewIntegrationTest {

    protected static final TestInfrastructure INFRA = TestInfrastructure.shared();
    protected static final Duration WAIT = Duration.ofSeconds(30);
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final String AGENT = TestTokens.staff("agent-it", "AGENT");

    private static final TopicWriter WRITER = new TopicWriter(INFRA.bootstrapServers());
    private static final AtomicReference<Instant> LAST_TIME = new AtomicReference<>(Instant.EPOCH);

    @Value("${local.server.port}")
    protected int port;

    protected WebTestClient client;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        INFRA.registerServiceProperties(registry, "case_view_it");
    }

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    /** Publishes as the event's topic's writer does: its source, a fresh id, the time it happened (now). */
    protected static <E extends CaseEvent> EventEnvelope<E> publish(E event) {
        EventEnvelope<E> envelope = envelope(event);
        WRITER.publish(envelope);
        return envelope;
    }

    /** Publishes like {@link #publish} and answers where and when the broker appended the record. */
    protected static RecordMetadata publishOnKafka(CaseEvent event) {
        return WRITER.publish(envelope(event));
    }

    private static <E extends CaseEvent> EventEnvelope<E> envelope(E event) {
        return EventEnvelope.of(event, EventTypes.of(event).topic().writer(), UUID.randomUUID(), nextTime());
    }

    /** Opens a case's live stream on this instance, as the app does. */
    protected LiveStream openStream(UUID caseId, String token, Long lastEventId) {
        return LiveStream.open(client, caseId, token, lastEventId, WAIT);
    }

    /** Delivers an already published event again, as a relay resending after a crash would. */
    protected static void redeliver(EventEnvelope<?> envelope) {
        WRITER.publish(envelope);
    }

    protected static void publishAll(CaseEvent... events) {
        for (CaseEvent event : events) {
            publish(event);
        }
    }

    protected static Events newCase() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return Events.forNewCase("customer-" + tag, "merchant-" + tag, "warehouse-" + tag);
    }

    protected EntityExchangeResult<String> get(String path, String token) {
        WebTestClient.RequestHeadersSpec<?> request = client.get().uri(path);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request.exchange().expectBody(String.class).returnResult();
    }

    protected JsonNode getJson(String path, String token) {
        EntityExchangeResult<String> result = get(path, token);
        assertThat(result.getStatus().value()).as(path + ": " + result.getResponseBody()).isEqualTo(200);
        return JSON.readTree(result.getResponseBody());
    }

    /** The case as staff see it, once it satisfies {@code condition}. */
    protected JsonNode awaitCase(UUID caseId, Predicate<JsonNode> condition) {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            EntityExchangeResult<String> result = get("/api/v1/cases/" + caseId, AGENT);
            assertThat(result.getStatus().value()).as("case %s exists", caseId).isEqualTo(200);
            JsonNode body = JSON.readTree(result.getResponseBody());
            last.set(body);
            assertThat(condition).as("case %s: %s", caseId, body).accepts(body);
        });
        return last.get();
    }

    protected JsonNode awaitStatus(UUID caseId, String status) {
        return awaitCase(caseId, body -> status.equals(text(body, "status")));
    }

    /** Waits until the case's timeline has an entry of this type: everything published before it was applied. */
    protected JsonNode awaitTimelineEntry(UUID caseId, String type) {
        return awaitCase(caseId, body -> types(body).contains(type));
    }

    protected static List<String> types(JsonNode caseBody) {
        return StreamSupport.stream(caseBody.get("timeline").spliterator(), false)
                .map(entry -> entry.get("type").asString())
                .toList();
    }

    protected static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    /** Increasing event times, microsecond precision like the outbox's, so the timeline's order is the publish order. */
    private static Instant nextTime() {
        return LAST_TIME.updateAndGet(last -> {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            return now.isAfter(last) ? now : last.plus(1, ChronoUnit.MICROS);
        });
    }
}
