package com.marketplace.aftersales.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.marketplace.aftersales.contracts.CloudEventHeaders;
import com.marketplace.aftersales.contracts.Component;
import com.marketplace.aftersales.contracts.EventCodec;
import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Channel;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.ServiceType;
import com.marketplace.aftersales.contracts.intake.CaseReviewed;
import com.marketplace.aftersales.contracts.intake.CaseSubmitted;
import com.marketplace.aftersales.contracts.intake.EvidenceRef;
import com.marketplace.aftersales.contracts.intake.ReviewDecision;
import com.marketplace.aftersales.contracts.sla.DeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaDeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.contracts.status.CaseStatus;
import com.marketplace.aftersales.testsupport.TestInfrastructure;
import com.marketplace.aftersales.testsupport.TestTokens;
import com.marketplace.aftersales.testsupport.TopicProbe;
import com.marketplace.aftersales.testsupport.TopicWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Base of diagnosis' integration tests: the service against the shared real Kafka broker and PostgreSQL. Intake's and
 * the sla-monitor's events are written to their topics as their relays would write them; what diagnosis publishes is
 * read from {@code aftersales.diagnosis.v1} as another team would read it. Every subclass uses the same configuration,
 * so the Spring context starts once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class DiagnosisIntegrationTest {

    protected static final TestInfrastructure INFRA = TestInfrastructure.shared();
    protected static final Duration WAIT = Duration.ofSeconds(30);
    protected static final String DEMO_MERCHANT = "merchant-demo-1";
    protected static final Money LINE_PAID = Money.of("129.00", "CNY");

    protected static TopicWriter writer;

    @Value("${local.server.port}")
    protected int port;

    @Autowired
    protected DatabaseClient db;

    protected WebTestClient client;
    protected TopicProbe diagnosisTopic;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        INFRA.registerServiceProperties(registry, "diagnosis_it");
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
    void openProbe() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(WAIT).build();
        diagnosisTopic = new TopicProbe(INFRA.bootstrapServers(), Topics.DIAGNOSIS.name());
    }

    @AfterEach
    void closeProbe() {
        diagnosisTopic.close();
    }

    // ---- what intake publishes ----

    /**
     * A submission by a customer of its own (so one test's refunds never count towards another's risk) with one photo
     * of its own (so no test reuses another's evidence by accident).
     */
    protected static CaseSubmitted submission(UUID caseId, ServiceType serviceType, String description,
                                              String merchantId, Money requestedAmount) {
        return submission(caseId, "customer-" + UUID.randomUUID(), serviceType, description, merchantId,
                requestedAmount, List.of(photo(randomSha256())));
    }

    protected static CaseSubmitted submission(UUID caseId, String customerId, ServiceType serviceType,
                                              String description, String merchantId, Money requestedAmount,
                                              List<EvidenceRef> evidence) {
        return new CaseSubmitted(caseId, "AS-20261122-" + caseId.toString().substring(0, 8), customerId,
                merchantId, "order-" + caseId, "line-1", "SKU-42", "Bluetooth speaker", "electronics", serviceType,
                description, requestedAmount, LINE_PAID, "ALIPAY", Instant.parse("2026-11-20T10:00:00Z"), evidence,
                new Actor(customerId, ActorRole.CUSTOMER, Channel.ORDER_DETAIL));
    }

    protected static EvidenceRef photo(String sha256) {
        return new EvidenceRef(UUID.randomUUID(), "image/jpeg", 52_000, sha256);
    }

    protected static String randomSha256() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    protected static CaseReviewed review(UUID caseId, ReviewDecision decision) {
        return new CaseReviewed(caseId, decision, decision == ReviewDecision.NOT_APPLICABLE ? "OUT_OF_POLICY" : null,
                null, new Actor("agent-demo-1", ActorRole.AGENT, Channel.STAFF_CONSOLE));
    }

    protected static EventEnvelope<CaseEvent> fromIntake(CaseEvent event) {
        return EventEnvelope.of(event, Component.INTAKE_SERVICE, UUID.randomUUID(), Instant.now());
    }

    /** Submits and approves a case the way intake publishes it. */
    protected static void submitAndApprove(CaseSubmitted submission) {
        writer.publish(fromIntake(submission));
        writer.publish(fromIntake(review(submission.caseId(), ReviewDecision.APPROVED)));
    }

    /** A quality case of {@code merchantId}, approved, after diagnosis has asked the merchant to verify it. */
    protected UUID caseAwaitingMerchant(String merchantId, Money requestedAmount) {
        UUID caseId = UUID.randomUUID();
        submitAndApprove(submission(caseId, ServiceType.RETURN_REFUND, "The speaker arrived broken", merchantId,
                requestedAmount));
        awaitEvents(caseId, "MerchantVerificationRequested");
        return caseId;
    }

    /** A quality case the demo merchant rejected: in dispute. */
    protected UUID caseInDispute(Money requestedAmount) {
        UUID caseId = caseAwaitingMerchant(DEMO_MERCHANT, requestedAmount);
        assertStatus(post("/api/v1/merchant/cases/" + caseId + "/response", MERCHANT_TOKEN, null,
                "{\"decision\":\"REJECT\",\"reason\":\"The photos show water damage\"}"), 200);
        awaitEvents(caseId, "MerchantResponded", "CaseDisputed");
        return caseId;
    }

    /** A compensation request for missing parts (not the merchant's to verify): it waits for its handler's amount. */
    protected UUID caseAwaitingAgent() {
        UUID caseId = UUID.randomUUID();
        submitAndApprove(submission(caseId, ServiceType.COMPENSATION, "Two screws are missing from the box",
                DEMO_MERCHANT, Money.of("30.00", "CNY")));
        awaitEvents(caseId, "CaseDiagnosed", "HandlerAssigned");
        awaitStatus(caseId, "AWAITING_AGENT");
        return caseId;
    }

    /** A case whose remedy diagnosis decided at once (lost parcel, refund above the instant-refund threshold). */
    protected UUID caseWithRemedyDecided() {
        UUID caseId = UUID.randomUUID();
        submitAndApprove(submission(caseId, ServiceType.REFUND_ONLY, "The parcel was lost by the courier",
                DEMO_MERCHANT, Money.of("99.00", "CNY")));
        awaitEvents(caseId, "CaseDiagnosed", "HandlerAssigned", "RemedyDecided");
        return caseId;
    }

    /** A submitted case nobody has reviewed yet (not small enough for an instant refund). */
    protected UUID caseNotYetApproved() {
        UUID caseId = UUID.randomUUID();
        writer.publish(fromIntake(submission(caseId, ServiceType.REPAIR, "It stopped working", DEMO_MERCHANT,
                null)));
        awaitStatus(caseId, "NEW");
        return caseId;
    }

    /** A case whose photo was first submitted with another case: flagged to the risk team on approval. */
    protected UUID caseUnderRiskReview(ServiceType serviceType, String description) {
        String sha256 = randomSha256();
        UUID original = UUID.randomUUID();
        writer.publish(fromIntake(submission(original, "customer-" + UUID.randomUUID(), ServiceType.REPAIR,
                "It stopped working", DEMO_MERCHANT, null, List.of(photo(sha256)))));
        // The two cases have different keys, so different partitions: the original must be in before the copy.
        awaitStatus(original, "NEW");
        UUID copy = UUID.randomUUID();
        submitAndApprove(submission(copy, "customer-" + UUID.randomUUID(), serviceType, description, DEMO_MERCHANT,
                Money.of("99.00", "CNY"), List.of(photo(sha256))));
        awaitEvents(copy, "CaseDiagnosed", "HandlerAssigned", "RiskFlagged");
        return copy;
    }

    // ---- diagnosis' API ----

    protected static final String MERCHANT_TOKEN = TestTokens.merchant("merchant-user-1", DEMO_MERCHANT);
    protected static final String AGENT_TOKEN = TestTokens.staff("agent-demo-1", "AGENT");
    protected static final String SUPERVISOR_TOKEN = TestTokens.staff("supervisor-demo-1", "SUPERVISOR");
    protected static final String RISK_TOKEN = TestTokens.staff("risk-demo-1", "RISK");
    protected static final String CUSTOMER_TOKEN = TestTokens.customer("customer-demo-1");

    protected EntityExchangeResult<String> post(String path, String token, String idempotencyKey, String body) {
        WebTestClient.RequestBodySpec request = client.post().uri(url(path))
                .contentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.bodyValue(body).exchange().expectBody(String.class).returnResult();
    }

    protected EntityExchangeResult<String> get(String path, String token) {
        return client.get().uri(url(path)).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange().expectBody(String.class).returnResult();
    }

    /** The path as given, already encoded: the test decides what reaches the server (e.g. {@code ..%2F..}). */
    protected URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    protected static void assertStatus(EntityExchangeResult<String> response, int status) {
        assertThat(response.getStatus().value()).as(response.getResponseBody()).isEqualTo(status);
    }

    /** An error: the status, and RFC 9457 problem+json. */
    protected static void assertProblem(EntityExchangeResult<String> response, int status) {
        assertStatus(response, status);
        assertThat(response.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    /** A 400 or 422 naming the field. */
    protected static void assertProblemNaming(EntityExchangeResult<String> response, int status, String field) {
        assertProblem(response, status);
        assertThat(json(response).path("errors").valueStream().map(error -> error.path("field").asString()))
                .as(response.getResponseBody()).contains(field);
    }

    protected static JsonNode json(EntityExchangeResult<String> response) {
        return EventCodec.mapper().readTree(response.getResponseBody());
    }

    /**
     * Bad input of every kind a client can send to a command: none is a 5xx, each is problem+json, and the caller
     * checks afterwards that nothing changed. {@code validBody} is a body the endpoint accepts (an object).
     */
    protected void assertBadInputRefused(String pathTemplate, UUID caseId, String token, String validBody) {
        String path = pathTemplate.replace("{caseId}", caseId.toString());
        String withoutBrace = validBody.substring(0, validBody.lastIndexOf('}'));
        ObjectNode valid = (ObjectNode) EventCodec.mapper().readTree(validBody);
        String first = valid.propertyNames().iterator().next();
        List<String> bodies = new ArrayList<>(List.of(
                "{", "[1,2]", "null", "\"text\"", "{}", "{\"" + first + "\":",
                withoutBrace + ",\"admin\":true}",
                withoutBrace + ",\"note\":\"" + "x".repeat(5_000) + "\"}",
                valid.deepCopy().put(first, "NOT_A_VALUE").toString(),
                valid.deepCopy().putNull(first).toString()));
        // Every field with a value of the wrong JSON type.
        for (String field : valid.propertyNames()) {
            bodies.add(valid.deepCopy().put(field, 12345).toString());
            bodies.add(valid.deepCopy().put(field, 1.5).toString());
            ObjectNode asArray = valid.deepCopy();
            asArray.putArray(field).add("x");
            bodies.add(asArray.toString());
            ObjectNode asObject = valid.deepCopy();
            asObject.putObject(field).put("a", 1);
            bodies.add(asObject.toString());
        }
        for (String body : bodies) {
            EntityExchangeResult<String> response = post(path, token, null, body);
            assertThat(response.getStatus().value()).as(body.length() > 200 ? body.substring(0, 200) : body)
                    .isBetween(400, 499);
            assertThat(response.getResponseHeaders().getContentType()).as(body)
                    .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        // A body larger than the limit (16 KB) is refused as such, not buffered further and not a 500.
        assertProblem(post(path, token, null, withoutBrace + ",\"note\":\"" + "x".repeat(40_000) + "\"}"), 413);
        // Not JSON at all.
        EntityExchangeResult<String> text = client.post().uri(url(path))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.TEXT_PLAIN).bodyValue(validBody).exchange()
                .expectBody(String.class).returnResult();
        assertProblem(text, 415);
        // Ids that are no case id: path traversal, encodings, nothing at all.
        for (String badId : List.of("..%2F..", "%2e%2e", "not-a-uuid", "123", caseId + "x", "%00")) {
            EntityExchangeResult<String> response = post(pathTemplate.replace("{caseId}", badId), token, null,
                    validBody);
            assertThat(response.getStatus().value()).as(badId).isBetween(400, 499);
            assertThat(response.getResponseHeaders().getContentType()).as(badId)
                    .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        // A malformed Idempotency-Key.
        assertProblemNaming(post(path, token, "key with spaces", validBody), 400, "Idempotency-Key");
    }

    /** Every record carries the CloudEvents headers of a diagnosis event of this case. */
    protected static void assertCloudEventHeaders(List<ConsumerRecord<String, byte[]>> records, UUID caseId) {
        assertThat(records).isNotEmpty().allSatisfy(record -> {
            assertThat(header(record, CloudEventHeaders.ID)).isNotBlank();
            assertThat(header(record, CloudEventHeaders.TYPE)).startsWith("aftersales.diagnosis.");
            assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/aftersales/diagnosis-service");
            assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(header(record, CloudEventHeaders.SUBJECT)).isEqualTo(caseId.toString());
            assertThat(Instant.parse(header(record, CloudEventHeaders.TIME))).isBefore(Instant.now());
        });
        assertThat(records).extracting(r -> header(r, CloudEventHeaders.ID)).doesNotHaveDuplicates();
    }

    // ---- what the sla-monitor publishes ----

    protected static SlaDeadlineAction deadlineAction(UUID caseId, DeadlineAction action, SlaPolicy policy,
                                                      CaseStatus expectedStatus) {
        return new SlaDeadlineAction(caseId, SlaDeadlineAction.actionId(caseId, policy, 1, 1), action, policy, 1,
                expectedStatus, Instant.now(), Actor.system("sla-monitor"));
    }

    protected static EventEnvelope<SlaDeadlineAction> fromSlaMonitor(SlaDeadlineAction action) {
        return EventEnvelope.of(action, Component.SLA_MONITOR, UUID.randomUUID(), Instant.now());
    }

    // ---- what diagnosis publishes ----

    /** Waits until diagnosis published, for this case, events of these types in this order, then returns them all. */
    protected List<ConsumerRecord<String, byte[]>> awaitEvents(UUID caseId, String... types) {
        List<String> expected = List.of(types).stream().map(type -> "aftersales.diagnosis." + type).toList();
        Predicate<List<ConsumerRecord<String, byte[]>>> arrived = records -> {
            List<String> seen = ofCase(records, caseId).stream().map(r -> header(r, CloudEventHeaders.TYPE)).toList();
            return seen.size() >= expected.size() && seen.subList(seen.size() - expected.size(), seen.size())
                    .equals(expected);
        };
        return ofCase(diagnosisTopic.awaitRecords(arrived, WAIT), caseId);
    }

    protected static List<ConsumerRecord<String, byte[]>> ofCase(List<ConsumerRecord<String, byte[]>> records,
                                                                  UUID caseId) {
        return records.stream().filter(r -> caseId.toString().equals(r.key())).toList();
    }

    protected static List<String> typesOf(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(r -> header(r, CloudEventHeaders.TYPE).replace("aftersales.diagnosis.", ""))
                .toList();
    }

    @SuppressWarnings("unchecked")
    protected static <E extends CaseEvent> E data(ConsumerRecord<String, byte[]> record, Class<E> type) {
        CaseEvent event = EventCodec.decode(record.value()).orElseThrow().data();
        if (!type.isInstance(event)) {
            throw new AssertionError("Expected " + type.getSimpleName() + " but was " + event);
        }
        return (E) event;
    }

    protected static <E extends CaseEvent> E single(List<ConsumerRecord<String, byte[]>> records, Class<E> type) {
        List<ConsumerRecord<String, byte[]>> matching = records.stream()
                .filter(r -> header(r, CloudEventHeaders.TYPE).equals("aftersales.diagnosis." + type.getSimpleName()))
                .toList();
        if (matching.size() != 1) {
            throw new AssertionError("Expected one " + type.getSimpleName() + " but found " + matching.size());
        }
        return data(matching.get(0), type);
    }

    protected static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    // ---- diagnosis' own records ----

    protected String statusOf(UUID caseId) {
        return db.sql("select status from diagnosis_case where case_id = :id").bind("id", caseId)
                .map((row, meta) -> row.get("status", String.class)).one().block();
    }

    protected void awaitStatus(UUID caseId, String status) {
        await().atMost(WAIT).until(() -> status.equals(statusOf(caseId)));
    }

    /** The staff decisions recorded for the case, as {@code kind|decision|actor|role|note}. */
    protected List<String> decisionsOf(UUID caseId) {
        return db.sql("select * from staff_decision where case_id = :id order by id").bind("id", caseId)
                .map((row, meta) -> row.get("kind", String.class) + "|" + row.get("decision", String.class) + "|"
                        + row.get("actor_id", String.class) + "|" + row.get("actor_role", String.class) + "|"
                        + row.get("note", String.class))
                .all().collectList().block();
    }

    /** Every event diagnosis recorded for the case, in commit order: more than was published is impossible. */
    protected List<String> outboxTypesOf(UUID caseId) {
        return db.sql("select event_type from outbox_event where message_key = :key order by id")
                .bind("key", caseId.toString())
                .map((row, meta) -> row.get("event_type", String.class).replace("aftersales.diagnosis.", ""))
                .all().collectList().block();
    }
}
