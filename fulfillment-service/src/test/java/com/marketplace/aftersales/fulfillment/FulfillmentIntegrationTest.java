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
import com.marketplace.aftersales.simulators.SimulatorBehaviour;
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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
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

    protected static TopicWriter writer;

    @Autowired
    protected DatabaseClient db;

    @Autowired
    protected MeterRegistry meters;

    @Autowired
    protected CircuitBreakerRegistry circuitBreakers;

    @Value("${local.server.port}")
    int port;

    protected WebTestClient http;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        INFRA.registerServiceProperties(registry, "fulfillment_it");
        registry.add("aftersales.fulfillment.payments.base-url", PAYMENTS::baseUrl);
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
        circuitBreakers.circuitBreaker("payments").reset();
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
