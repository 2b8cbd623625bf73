package com.marketplace.aftersales.fulfillment;

import static org.awaitility.Awaitility.await;

import com.marketplace.aftersales.contracts.Component;
import com.marketplace.aftersales.contracts.EventCodec;
import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Channel;
import com.marketplace.aftersales.contracts.intake.CaseWithdrawn;
import com.marketplace.aftersales.fulfillment.support.Remedies;
import com.marketplace.aftersales.contracts.sla.SlaDeadlineAction;
import com.marketplace.aftersales.simulators.SimulatorBehaviour;
import com.marketplace.aftersales.simulators.carrier.CarrierSimulator;
import com.marketplace.aftersales.simulators.payment.LedgerEntry;
import com.marketplace.aftersales.simulators.payment.PaymentSimulator;
import com.marketplace.aftersales.testsupport.TestInfrastructure;
import com.marketplace.aftersales.testsupport.TestTokens;
import com.marketplace.aftersales.testsupport.TopicProbe;
import com.marketplace.aftersales.testsupport.TopicWriter;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of fulfillment's integration tests: the service against the shared real Kafka broker and PostgreSQL, and a
 * payment provider stand-in on a free port. Every subclass uses the same configuration, so the Spring context starts
 * once for all of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
public abstract class FulfillmentIntegrationTest {

    protected static final TestInfrastructure INFRA = TestInfrastructure.shared();
    protected static final Duration WAIT = Duration.ofSeconds(30);
    protected static final String FULFILLMENT_TOPIC = Topics.FULFILLMENT.name();
    /** The payment provider's stand-in, on a free port; its ledger shows every payment it made. */
    protected static final PaymentSimulator PAYMENTS = PaymentSimulator.start(0, SimulatorBehaviour.defaults());
    /**
     * The carriers' tracking stand-in, on a free port. A parcel shows DELIVERED this long after its first look, so a
     * replacement is delivered within a few of the tracker's polls (application-it.yml).
     */
    protected static final long DELIVERY_AFTER_MILLIS = 300;
    protected static final CarrierSimulator CARRIERS = CarrierSimulator.start(0,
            SimulatorBehaviour.defaults().withDeliveryAfterMillis(DELIVERY_AFTER_MILLIS));

    protected static TopicWriter writer;

    @Autowired
    protected DatabaseClient db;

    @Autowired
    protected MeterRegistry meters;

    @Autowired
    protected CircuitBreakerRegistry circuitBreakers;

    @Value("${local.server.port}")
    protected int port;

    protected WebTestClient http;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        INFRA.registerServiceProperties(registry, "fulfillment_it");
        registry.add("aftersales.fulfillment.payments.base-url", PAYMENTS::baseUrl);
        registry.add("aftersales.fulfillment.carriers.base-url", CARRIERS::baseUrl);
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
    void resetCollaborators() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(WAIT).build();
        PAYMENTS.behave(SimulatorBehaviour.defaults());
        CARRIERS.behave(SimulatorBehaviour.defaults().withDeliveryAfterMillis(DELIVERY_AFTER_MILLIS));
        circuitBreakers.circuitBreaker("payments").reset();
        circuitBreakers.circuitBreaker("carriers").reset();
    }

    /** Publishes as diagnosis would. */
    protected void decide(CaseEvent fromDiagnosis) {
        writer.publish(Remedies.from(Component.DIAGNOSIS_SERVICE, fromDiagnosis));
    }

    /** The customer withdraws, as intake publishes it. */
    protected EventEnvelope<CaseWithdrawn> withdraw(UUID caseId) {
        EventEnvelope<CaseWithdrawn> withdrawal = Remedies.from(Component.INTAKE_SERVICE, new CaseWithdrawn(caseId,
                "changed my mind", new Actor(Remedies.CUSTOMER, ActorRole.CUSTOMER, Channel.PERSONAL_CENTRE)));
        writer.publish(withdrawal);
        return withdrawal;
    }

    /** Publishes as the sla-monitor would. */
    protected EventEnvelope<SlaDeadlineAction> deadlineAction(SlaDeadlineAction action) {
        EventEnvelope<SlaDeadlineAction> envelope = Remedies.from(Component.SLA_MONITOR, action);
        writer.publish(envelope);
        return envelope;
    }

    /** Waits until fulfillment's consumer applied the event (its inbox records it in the handler's transaction). */
    protected void awaitConsumed(String eventId) {
        await().atMost(WAIT).until(() -> Boolean.TRUE.equals(db.sql(
                        "select count(*) > 0 as seen from inbox_event where event_id = :id")
                .bind("id", eventId).map((row, meta) -> row.get("seen", Boolean.class)).one().block()));
    }

    /**
     * A case id whose events share the partition of {@code caseId}'s (on every lifecycle topic): a later event of it
     * is a fence — once it arrives, everything published before it on the partition was processed.
     */
    protected static UUID onSamePartitionAs(UUID caseId) {
        int partition = partitionOf(caseId);
        UUID candidate;
        do {
            candidate = UUID.randomUUID();
        } while (partitionOf(candidate) != partition);
        return candidate;
    }

    private static int partitionOf(UUID caseId) {
        byte[] key = caseId.toString().getBytes(StandardCharsets.UTF_8);
        return Utils.toPositive(Utils.murmur2(key)) % Topics.LIFECYCLE_PARTITIONS;
    }

    /** The case's state as stored: status and version (a refusal must change neither). */
    protected String statusAndVersion(UUID caseId) {
        return db.sql("select status || '@' || version as state from fulfillment_case where case_id = :id")
                .bind("id", caseId).map((row, meta) -> row.get("state", String.class)).one().block();
    }

    /** How many events of the case the outbox holds: every event is appended in its change's transaction. */
    protected long eventsInOutbox(UUID caseId) {
        return db.sql("select count(*) as n from outbox_event where message_key = :key")
                .bind("key", caseId.toString()).map((row, meta) -> row.get("n", Long.class)).one().block();
    }

    protected TopicProbe fulfillmentTopic() {
        return new TopicProbe(INFRA.bootstrapServers(), FULFILLMENT_TOPIC);
    }

    /** Waits until the case's events on the topic include one of each type, and returns all of the case's events. */
    @SafeVarargs
    protected final List<CaseEvent> awaitEvents(TopicProbe probe, UUID caseId,
                                                Class<? extends CaseEvent>... types) {
        probe.awaitRecords(records -> {
            List<CaseEvent> events = eventsOf(records, caseId);
            return List.of(types).stream().allMatch(type -> events.stream().anyMatch(type::isInstance));
        }, WAIT);
        return eventsOf(probe.received(), caseId);
    }

    protected static <E extends CaseEvent> E only(List<CaseEvent> events, Class<E> type) {
        List<E> matching = events.stream().filter(type::isInstance).map(type::cast).toList();
        if (matching.size() != 1) {
            throw new AssertionError("Expected one " + type.getSimpleName() + ", got " + matching.size());
        }
        return matching.get(0);
    }

    protected static List<CaseEvent> eventsOf(List<ConsumerRecord<String, byte[]>> records, UUID caseId) {
        return records.stream()
                .filter(record -> caseId.toString().equals(record.key()))
                .map(record -> EventCodec.decode(record.value()).map(EventEnvelope::data).orElse(null))
                .filter(Objects::nonNull)
                .toList();
    }

    protected Optional<String> status(UUID caseId) {
        return db.sql("select status from fulfillment_case where case_id = :id").bind("id", caseId)
                .map((row, meta) -> row.get("status", String.class)).one().blockOptional();
    }

    protected void awaitStatus(UUID caseId, String expected) {
        await().atMost(WAIT).until(() -> status(caseId).filter(expected::equals).isPresent());
    }

    /** The case's refund rows, oldest first. */
    protected List<Map<String, Object>> refunds(UUID caseId) {
        return db.sql("select * from refund where case_id = :id order by sequence").bind("id", caseId)
                .fetch().all().collectList().block();
    }

    /** What the case's order line has committed, all of its cases together. */
    protected BigDecimal committed(UUID caseId) {
        return db.sql("""
                        select m.committed from line_money m
                        join fulfillment_case c on c.order_id = m.order_id and c.order_line_id = m.order_line_id
                        where c.case_id = :id""")
                .bind("id", caseId)
                .map((row, meta) -> row.get("committed", BigDecimal.class)).one().block();
    }

    /** What the provider paid under one idempotency key: it never pays a key twice, so at most one entry. */
    protected static List<LedgerEntry> paymentsUnder(String idempotencyKey) {
        return PAYMENTS.ledger().stream().filter(entry -> entry.idempotencyKey().equals(idempotencyKey)).toList();
    }

    protected static String refundKey(UUID caseId) {
        return "refund:" + caseId + ":1";
    }

    protected double count(String counter, String... tags) {
        Counter found = meters.find(counter).tags(tags).counter();
        return found == null ? 0 : found.count();
    }

    protected EntityExchangeResult<String> post(String path, String token, String json, String idempotencyKey) {
        WebTestClient.RequestBodySpec request = http.post().uri(path).contentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.bodyValue(json).exchange().expectBody(String.class).returnResult();
    }

    protected EntityExchangeResult<String> shipReturn(UUID caseId, String token, String json) {
        return post("/api/v1/cases/" + caseId + "/return-shipment", token, json, null);
    }

    protected EntityExchangeResult<String> confirmReceipt(UUID caseId, String token) {
        return post("/api/v1/warehouse/cases/" + caseId + "/receipt", token, "{\"note\":\"box intact\"}", null);
    }

    protected EntityExchangeResult<String> inspect(UUID caseId, String token, String result) {
        return post("/api/v1/merchant/cases/" + caseId + "/inspection", token,
                "{\"result\":\"" + result + "\",\"note\":\"checked\"}", null);
    }

    protected EntityExchangeResult<String> ship(UUID caseId, String token, String carrier, String waybillNo) {
        return post("/api/v1/merchant/cases/" + caseId + "/reshipment", token,
                "{\"carrier\":\"" + carrier + "\",\"waybillNo\":\"" + waybillNo + "\"}", null);
    }

    protected EntityExchangeResult<String> repair(UUID caseId, String token, String stage) {
        return post("/api/v1/merchant/cases/" + caseId + "/repair", token, "{\"stage\":\"" + stage + "\"}", null);
    }

    protected EntityExchangeResult<String> chooseRoute(UUID caseId, String token, String route) {
        return post("/api/v1/finance/cases/" + caseId + "/refund-route", token, "{\"route\":\"" + route + "\"}",
                null);
    }

    /** Walks a decided return to received: the customer ships, the warehouse confirms. */
    protected void returnReceived(UUID caseId) {
        awaitStatus(caseId, "AWAITING_RETURN");
        assertOk(shipReturn(caseId, customerToken(), SHIPMENT));
        assertOk(confirmReceipt(caseId, warehouseToken()));
    }

    protected static void assertOk(EntityExchangeResult<String> result) {
        if (result.getStatus().value() != 200) {
            throw new AssertionError("Expected 200, got " + result.getStatus().value() + ": "
                    + result.getResponseBody());
        }
    }

    /** A problem+json answer with this status. */
    protected static void assertProblem(EntityExchangeResult<String> result, int status) {
        org.assertj.core.api.Assertions.assertThat(result.getStatus().value())
                .as(String.valueOf(result.getResponseBody())).isEqualTo(status);
        org.assertj.core.api.Assertions.assertThat(result.getResponseHeaders().getContentType())
                .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    protected static String financeToken() {
        return TestTokens.staff("finance-1", "FINANCE");
    }

    protected static String customerToken() {
        return TestTokens.customer(Remedies.CUSTOMER);
    }

    protected static String warehouseToken() {
        return TestTokens.warehouse("clerk-1", Remedies.WAREHOUSE);
    }

    protected static String merchantToken() {
        return TestTokens.merchant("merchant-user-1", Remedies.MERCHANT);
    }

    protected static final String SHIPMENT = "{\"carrier\":\"SF\",\"waybillNo\":\"SF1234567890\"}";
}
