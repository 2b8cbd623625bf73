package com.marketplace.aftersales.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.marketplace.aftersales.contracts.EventCodec;
import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.contracts.orders.OrderLine;
import com.marketplace.aftersales.contracts.orders.OrderSnapshot;
import com.marketplace.aftersales.testsupport.TopicWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.JsonNode;

/**
 * One customer's after-sales case through the gateway, step by step, as the app and the staff consoles drive it. Each
 * journey has its own customer and order (published as the orders team would), so journeys never share a case.
 */
final class Journey {

    static final String MERCHANT = "merchant-demo-1";
    static final String WAREHOUSE = "warehouse-demo-1";
    static final Duration STEP = Duration.ofSeconds(60);

    final RunningSuite suite;
    final GatewayClient api;
    final String customerId = "customer-st-" + UUID.randomUUID().toString().substring(0, 8);
    final String orderId = "order-st-" + UUID.randomUUID();
    final String lineId = orderId + "-1";
    final String customer;
    final String agent;
    final String merchant;
    final String warehouse;
    /** The customer's photo of the fault. */
    final byte[] photo = Png.photo();
    String caseId;
    String serviceNo;

    Journey(RunningSuite suite) {
        this.suite = suite;
        this.api = new GatewayClient(suite.gatewayUrl());
        customer = api.token(customerId, List.of("CUSTOMER"), null, null);
        agent = api.token("agent-demo-1", List.of("AGENT"), null, null);
        merchant = api.token("merchant-user-1", List.of("MERCHANT"), MERCHANT, null);
        warehouse = api.token("warehouse-user-1", List.of("WAREHOUSE"), null, WAREHOUSE);
    }

    /** The orders team publishes the customer's order: earbuds, 129.00 CNY, delivered two days ago. */
    Journey withDeliveredOrder() {
        Instant delivered = Instant.now().minus(Duration.ofDays(2));
        OrderSnapshot order = new OrderSnapshot(orderId, customerId, MERCHANT, delivered.minus(Duration.ofDays(3)),
                delivered, "ALIPAY", "CNY", List.of(new OrderLine(lineId, "SKU-EARBUDS-PRO", "Wireless earbuds Pro",
                "electronics", 1, new BigDecimal("129.00"), new BigDecimal("129.00"), true, 365)));
        try (TopicWriter orders = new TopicWriter(suite.kafkaBootstrap())) {
            orders.send(Topics.ORDERS.name(), orderId, EventCodec.encodeOrder(order));
        }
        return this;
    }

    /** Files a quality complaint; retried while intake has not yet seen the order (its replica is eventually there). */
    GatewayClient.Response submit() {
        AtomicReference<GatewayClient.Response> created = new AtomicReference<>();
        String key = UUID.randomUUID().toString();
        await().atMost(STEP).pollInterval(Duration.ofMillis(250)).until(() -> {
            GatewayClient.Response response = api.post("/api/v1/cases", customer, Map.of(
                    "orderId", orderId, "orderLineId", lineId, "serviceType", "RETURN_REFUND",
                    "description", "The left earbud is broken: no sound at all",
                    "channel", "ORDER_DETAIL"), key);
            created.set(response);
            return response.status() != 422;
        });
        GatewayClient.Response response = created.get();
        assertThat(response.status()).as("create case: %s", response.body()).isEqualTo(201);
        caseId = response.text("caseId");
        serviceNo = response.text("serviceNo");
        return response;
    }

    GatewayClient.Response addPhoto() {
        return api.upload("/api/v1/cases/" + caseId + "/evidence", customer, "earbud.png", "image/png", photo);
    }

    GatewayClient.Response approve() {
        return api.post("/api/v1/agent/cases/" + caseId + "/review", agent, Map.of("decision", "APPROVED",
                "note", "Photo shows the fault"));
    }

    GatewayClient.Response merchantAccepts() {
        return api.post("/api/v1/merchant/cases/" + caseId + "/response", merchant, Map.of("decision", "ACCEPT"));
    }

    GatewayClient.Response shipReturn() {
        return api.post("/api/v1/cases/" + caseId + "/return-shipment", customer, Map.of("carrier", "SF",
                "waybillNo", "SF" + System.nanoTime() % 10_000_000_000L));
    }

    GatewayClient.Response confirmReceipt() {
        return api.post("/api/v1/warehouse/cases/" + caseId + "/receipt", warehouse, Map.of("note", "Box intact"));
    }

    GatewayClient.Response inspectionPassed() {
        return api.post("/api/v1/merchant/cases/" + caseId + "/inspection", merchant, Map.of("result", "PASSED",
                "note", "Fault confirmed"));
    }

    /**
     * Rates the outcome. Feedback learns that the case was resolved from fulfillment's topic, so right after the app
     * shows the refund it may not know yet (404 or 409): like the app, retry with the same key for a while.
     */
    GatewayClient.Response rate(int rating) {
        String key = UUID.randomUUID().toString();
        AtomicReference<GatewayClient.Response> answer = new AtomicReference<>();
        await().atMost(STEP).pollInterval(Duration.ofMillis(250)).until(() -> {
            answer.set(api.post("/api/v1/cases/" + caseId + "/feedback", customer, Map.of("rating", rating,
                    "comment", "Quick and fair"), key));
            return answer.get().status() != 404 && answer.get().status() != 409;
        });
        return answer.get();
    }

    JsonNode view() {
        GatewayClient.Response response = api.get("/api/v1/cases/" + caseId, customer);
        return response.status() == 200 ? response.body() : null;
    }

    /** The case as the staff console shows it (with the staff-only entries of the timeline). */
    JsonNode staffView() {
        GatewayClient.Response response = api.get("/api/v1/cases/" + caseId, agent);
        assertThat(response.status()).as("%s", response.body()).isEqualTo(200);
        return response.body();
    }

    /** Waits until the app shows {@code status} for the case, and returns what it shows. */
    JsonNode awaitStatus(String status) {
        return awaitStatus(status, STEP);
    }

    /** Waits until what the app shows satisfies {@code condition}, e.g. a value projected from another topic. */
    JsonNode awaitView(String description, java.util.function.Predicate<JsonNode> condition) {
        AtomicReference<JsonNode> seen = new AtomicReference<>();
        await().atMost(STEP).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            seen.set(view());
            assertThat(seen.get() != null && condition.test(seen.get())).as("%s: %s", description, seen.get())
                    .isTrue();
        });
        return seen.get();
    }

    JsonNode awaitStatus(String status, Duration timeout) {
        AtomicReference<JsonNode> seen = new AtomicReference<>();
        await().atMost(timeout).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            seen.set(view());
            assertThat(seen.get()).as("case %s", caseId).isNotNull();
            assertThat(seen.get().get("status").asString()).isEqualTo(status);
        });
        return seen.get();
    }

    static GatewayClient.Response succeeded(GatewayClient.Response response) {
        assertThat(response.status()).as("%s", response.body()).isBetween(200, 299);
        return response;
    }

    /** Files the case, adds a photo and has an agent approve it: the case waits on the merchant. */
    Journey approvedAndAwaitingMerchant() {
        withDeliveredOrder();
        submit();
        succeeded(addPhoto());
        succeeded(approve());
        awaitStatus("AWAITING_MERCHANT");
        return this;
    }

    /** Takes an approved case through the merchant's acceptance to the warehouse's receipt. */
    Journey returnedToTheWarehouse() {
        succeeded(merchantAccepts());
        awaitStatus("AWAITING_RETURN");
        succeeded(shipReturn());
        awaitStatus("RETURN_IN_TRANSIT");
        succeeded(confirmReceipt());
        awaitStatus("RETURN_RECEIVED");
        return this;
    }
}
