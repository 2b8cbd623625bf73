package com.marketplace.aftersales.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.marketplace.aftersales.contracts.Component;
import com.marketplace.aftersales.contracts.EventCodec;
import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.orders.OrderLine;
import com.marketplace.aftersales.contracts.orders.OrderSnapshot;
import com.marketplace.aftersales.intake.support.FulfillmentStub;
import com.marketplace.aftersales.platform.idempotency.IdempotentRequests;
import com.marketplace.aftersales.testsupport.TestInfrastructure;
import com.marketplace.aftersales.testsupport.TestTokens;
import com.marketplace.aftersales.testsupport.TopicProbe;
import com.marketplace.aftersales.testsupport.TopicWriter;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Base of intake's integration tests: the service against the shared real Kafka broker and PostgreSQL, started once
 * for all test classes (they share this configuration). Each test makes its own customers and orders, so tests never
 * see each other's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
public abstract class IntakeIntegrationTest {

    protected static final TestInfrastructure INFRA = TestInfrastructure.shared();
    protected static final Duration WAIT = Duration.ofSeconds(30);
    protected static final String INTAKE_TOPIC = Topics.INTAKE.name();
    /** Fulfillment's withdrawal endpoint, which intake asks before an approved case is withdrawn. */
    protected static final FulfillmentStub FULFILLMENT = FulfillmentStub.start();

    protected static TopicWriter topics;

    @Autowired
    protected DatabaseClient db;

    @Autowired
    protected CircuitBreakerRegistry circuitBreakers;

    @Autowired
    protected MeterRegistry meters;

    @LocalServerPort
    protected int port;

    protected WebTestClient api;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        INFRA.registerServiceProperties(registry, "intake_it");
        registry.add("aftersales.intake.fulfillment.base-url", FULFILLMENT::baseUrl);
    }

    @BeforeAll
    static void openWriter() {
        topics = new TopicWriter(INFRA.bootstrapServers());
    }

    @AfterAll
    static void closeWriter() {
        topics.close();
    }

    @BeforeEach
    void client() {
        api = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(WAIT).build();
        FULFILLMENT.reset();
        circuitBreakers.circuitBreaker("fulfillment").reset();
    }

    // ---- orders, as the orders team publishes them

    protected static String newCustomer() {
        return "customer-" + UUID.randomUUID();
    }

    /** An order of {@code customerId}: line {@code -1} earbuds paid 129.00 CNY, line {@code -2} a case paid 39.90. */
    protected static OrderSnapshot orderOf(String customerId) {
        String orderId = "order-" + UUID.randomUUID();
        Instant delivered = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        return new OrderSnapshot(orderId, customerId, "merchant-" + customerId, delivered.minus(Duration.ofDays(3)),
                delivered, "ALIPAY", "CNY", List.of(
                line(orderId + "-1", "SKU-EARBUDS", "Wireless earbuds", "electronics", "129.00"),
                line(orderId + "-2", "SKU-CASE", "Earbuds case", "accessories", "39.90")));
    }

    protected static OrderLine line(String lineId, String sku, String title, String category, String paid) {
        return new OrderLine(lineId, sku, title, category, 1, new BigDecimal(paid), new BigDecimal(paid), true, 365);
    }

    protected void publishOrder(OrderSnapshot order) {
        topics.send(Topics.ORDERS.name(), order.orderId(), EventCodec.encodeOrder(order));
    }

    /** Publishes the order and waits until intake's replica has it. */
    protected OrderSnapshot replicatedOrderOf(String customerId) {
        OrderSnapshot order = orderOf(customerId);
        publishOrder(order);
        await().atMost(WAIT).until(() -> count("select count(*) from order_replica where order_id = :p",
                order.orderId()) == 1);
        return order;
    }

    /** Stands in for another stage's relay. */
    protected void publishAs(Component stage, CaseEvent event) {
        topics.publish(EventEnvelope.of(event, stage, UUID.randomUUID(), Instant.now()));
    }

    // ---- the API

    protected EntityExchangeResult<String> post(String path, String token, String json, String idempotencyKey) {
        WebTestClient.RequestBodySpec request = api.post().uri(path).contentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request = request.header(IdempotentRequests.HEADER, idempotencyKey);
        }
        return request.bodyValue(json).exchange().expectBody(String.class).returnResult();
    }

    protected EntityExchangeResult<String> post(String path, String token, String json) {
        return post(path, token, json, null);
    }

    protected static String caseRequest(OrderSnapshot order, String lineId) {
        return """
                {"orderId": "%s", "orderLineId": "%s", "serviceType": "RETURN_REFUND",
                 "description": "The left earbud makes no sound.", "channel": "ORDER_DETAIL"}"""
                .formatted(order.orderId(), lineId);
    }

    /** Files a request on line {@code -1} of the order and returns the new case's id. */
    protected UUID submitCase(String customerId, OrderSnapshot order) {
        return submitCase(customerId, order, order.lines().get(0).lineId());
    }

    protected UUID submitCase(String customerId, OrderSnapshot order, String lineId) {
        EntityExchangeResult<String> created = post("/api/v1/cases", TestTokens.customer(customerId),
                caseRequest(order, lineId));
        assertThat(created.getStatus().value()).as(created.getResponseBody()).isEqualTo(201);
        return UUID.fromString(json(created).get("caseId").asString());
    }

    protected static String agentToken() {
        return TestTokens.staff("agent-" + UUID.randomUUID(), "AGENT");
    }

    protected static JsonNode json(EntityExchangeResult<String> result) {
        return EventCodec.mapper().readTree(result.getResponseBody());
    }

    protected static void assertProblem(EntityExchangeResult<String> result, int status) {
        assertThat(result.getStatus().value()).as(result.getResponseBody()).isEqualTo(status);
        assertThat(result.getResponseHeaders().getContentType()).as(result.getResponseBody())
                .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(result).get("status").asInt()).isEqualTo(status);
    }

    protected static String firstErrorField(EntityExchangeResult<String> result) {
        JsonNode errors = json(result).get("errors");
        return errors == null || errors.isEmpty() ? null : errors.get(0).get("field").asString();
    }

    // ---- what was published and stored

    protected static TopicProbe intakeTopic() {
        return new TopicProbe(INFRA.bootstrapServers(), INTAKE_TOPIC);
    }

    /** Waits until {@code count} events of the case arrived and returns them in order. */
    protected static List<EventEnvelope<CaseEvent>> awaitEvents(TopicProbe probe, UUID caseId, int count) {
        return probe.awaitRecords(received -> ofCase(received, caseId).size() >= count, WAIT).stream()
                .filter(record -> caseId.toString().equals(record.key()))
                .map(record -> EventCodec.decode(record.value()).orElseThrow())
                .toList();
    }

    private static List<ConsumerRecord<String, byte[]>> ofCase(List<ConsumerRecord<String, byte[]>> records,
                                                              UUID caseId) {
        return records.stream().filter(record -> caseId.toString().equals(record.key())).toList();
    }

    protected long count(String sql, Object parameter) {
        return db.sql(sql.replace("count(*)", "count(*) as n"))
                .bind("p", parameter)
                .map((row, meta) -> row.get("n", Long.class))
                .one()
                .block(WAIT);
    }

    protected String caseStatus(UUID caseId) {
        return db.sql("select status from after_sales_case where case_id = :id")
                .bind("id", caseId)
                .map((row, meta) -> row.get("status", String.class))
                .one()
                .block(WAIT);
    }
}
