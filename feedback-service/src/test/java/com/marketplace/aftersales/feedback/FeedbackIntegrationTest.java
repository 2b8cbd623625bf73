package com.marketplace.aftersales.feedback;

import static org.awaitility.Awaitility.await;

import com.marketplace.aftersales.contracts.EventCodec;
import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.feedback.cases.FeedbackCase;
import com.marketplace.aftersales.feedback.cases.FeedbackCases;
import com.marketplace.aftersales.platform.idempotency.IdempotentRequests;
import com.marketplace.aftersales.testsupport.TestInfrastructure;
import com.marketplace.aftersales.testsupport.TestTokens;
import com.marketplace.aftersales.testsupport.TopicProbe;
import com.marketplace.aftersales.testsupport.TopicWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the feedback service's integration tests: the service against the shared real Kafka broker and PostgreSQL.
 * All subclasses share this configuration, so the Spring context starts once. Every test works on fresh case ids, so
 * tests never see each other's cases.
 */
@SpringBootTest(classes = FeedbackApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                // The scheduled closing round stays out of the way; tests run the closer with a fixed clock.
                "aftersales.feedback.closing.check-interval=6h",
                // Far longer than any test waits: an event that arrives was published because the commit woke the relay.
                "aftersales.outbox.poll-interval=10m"})
public abstract class FeedbackIntegrationTest {

    protected static final TestInfrastructure INFRA = TestInfrastructure.shared();
    protected static final Duration WAIT = Duration.ofSeconds(30);
    protected static final String FEEDBACK_TOPIC = Topics.FEEDBACK.name();

    private static TopicWriter writer;

    @Autowired
    protected FeedbackCases cases;
    @Autowired
    protected DatabaseClient db;

    @Value("${local.server.port}")
    private int port;

    protected WebTestClient client;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        INFRA.registerServiceProperties(registry, "feedback_it");
    }

    @BeforeAll
    static void openWriter() {
        writer = new TopicWriter(INFRA.bootstrapServers());
    }

    @AfterAll
    static void closeWriter() {
        writer.close();
    }

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    protected static void publish(EventEnvelope<?> event) {
        writer.publish(event);
    }

    protected static TopicProbe feedbackTopic() {
        return new TopicProbe(INFRA.bootstrapServers(), FEEDBACK_TOPIC);
    }

    /** A case of {@code customerId} that fulfillment resolved, once feedback has taken in both facts. */
    protected UUID resolvedCaseOf(String customerId) {
        UUID caseId = UUID.randomUUID();
        publish(CaseEvents.submitted(caseId, customerId));
        publish(CaseEvents.resolved(caseId, CaseEvents.now()));
        awaitCase(caseId, c -> c.customerId() != null && c.status() == FeedbackCase.Status.RESOLVED);
        return caseId;
    }

    protected FeedbackCase awaitCase(UUID caseId, Predicate<FeedbackCase> condition) {
        return await().atMost(WAIT).until(() -> cases.find(caseId).blockOptional(), found -> found
                .filter(condition).isPresent()).orElseThrow();
    }

    protected Optional<FeedbackCase> caseOf(UUID caseId) {
        return cases.find(caseId).blockOptional();
    }

    protected EntityExchangeResult<String> post(String path, String token, String idempotencyKey, String json) {
        WebTestClient.RequestBodySpec request = client.post().uri(path).contentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request = request.header(IdempotentRequests.HEADER, idempotencyKey);
        }
        return request.bodyValue(json).exchange().expectBody(String.class).returnResult();
    }

    protected EntityExchangeResult<String> rate(UUID caseId, String customerId, String json) {
        return post("/api/v1/cases/" + caseId + "/feedback", TestTokens.customer(customerId), null, json);
    }

    /** Waits until at least {@code count} events of the case were published, and returns them all, in order. */
    protected static List<CaseEvent> awaitEvents(TopicProbe probe, UUID caseId, int count) {
        return decoded(probe.awaitRecords(records -> ofCase(records, caseId).size() >= count, WAIT), caseId);
    }

    /** Waits until an event matching {@code last} of the case arrived; returns the case's events up to it. */
    protected static List<CaseEvent> awaitEventsUntil(TopicProbe probe, UUID caseId, Predicate<CaseEvent> last) {
        return decoded(probe.awaitRecords(records -> decoded(records, caseId).stream().anyMatch(last), WAIT),
                caseId);
    }

    private static List<CaseEvent> decoded(List<ConsumerRecord<String, byte[]>> records, UUID caseId) {
        return ofCase(records, caseId).stream()
                .map(record -> EventCodec.decode(record.value()).orElseThrow().data())
                .toList();
    }

    private static List<ConsumerRecord<String, byte[]>> ofCase(List<ConsumerRecord<String, byte[]>> records,
                                                                UUID caseId) {
        return records.stream().filter(record -> caseId.toString().equals(record.key())).toList();
    }
}
