package com.marketplace.aftersales.diagnosis;

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
import com.marketplace.aftersales.testsupport.TopicProbe;
import com.marketplace.aftersales.testsupport.TopicWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

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

    protected static CaseSubmitted submission(UUID caseId, ServiceType serviceType, String description,
                                              String merchantId, Money requestedAmount) {
        return new CaseSubmitted(caseId, "AS-20261122-" + caseId.toString().substring(0, 6), "customer-demo-1",
                merchantId, "order-" + caseId, "line-1", "SKU-42", "Bluetooth speaker", "electronics", serviceType,
                description, requestedAmount, LINE_PAID, "ALIPAY", Instant.parse("2026-11-20T10:00:00Z"),
                List.of(new EvidenceRef(UUID.randomUUID(), "image/jpeg", 52_000, "ab".repeat(32))),
                new Actor("customer-demo-1", ActorRole.CUSTOMER, Channel.ORDER_DETAIL));
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

    /** Every event diagnosis recorded for the case, in commit order: more than was published is impossible. */
    protected List<String> outboxTypesOf(UUID caseId) {
        return db.sql("select event_type from outbox_event where message_key = :key order by id")
                .bind("key", caseId.toString())
                .map((row, meta) -> row.get("event_type", String.class).replace("aftersales.diagnosis.", ""))
                .all().collectList().block();
    }
}
