package com.marketplace.aftersales.intake.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.testsupport.PrometheusScrape;
import com.marketplace.aftersales.contracts.CloudEventHeaders;
import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Channel;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.ServiceType;
import com.marketplace.aftersales.contracts.intake.CaseSubmitted;
import com.marketplace.aftersales.contracts.orders.OrderSnapshot;
import com.marketplace.aftersales.intake.IntakeIntegrationTest;
import com.marketplace.aftersales.testsupport.TestTokens;
import com.marketplace.aftersales.testsupport.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;

class CaseSubmissionIT extends IntakeIntegrationTest {

    @Value("${local.server.port}")
    int serverPort;

    @Test
    void aRequestIsRegisteredAndAnnouncedWithEverythingLaterStagesNeed() {
        String customer = newCustomer();
        OrderSnapshot order = replicatedOrderOf(customer);
        String lineId = order.lines().get(0).lineId();

        try (TopicProbe intake = intakeTopic()) {
            EntityExchangeResult<String> created = post("/api/v1/cases", TestTokens.customer(customer), """
                    {"orderId": "%s", "orderLineId": "%s", "serviceType": "REFUND_ONLY",
                     "description": "Arrived cracked", "requestedAmount": {"amount": "99.50", "currency": "CNY"},
                     "channel": "PERSONAL_CENTRE"}""".formatted(order.orderId(), lineId));

            assertThat(created.getStatus().value()).as(created.getResponseBody()).isEqualTo(201);
            JsonNode body = json(created);
            UUID caseId = UUID.fromString(body.get("caseId").asString());
            assertThat(body.get("status").asString()).isEqualTo("SUBMITTED");
            assertThat(body.get("serviceNo").asString()).matches("AS-\\d{8}-\\d{6}");
            assertThat(created.getResponseHeaders().getLocation()).hasToString("/api/v1/cases/" + caseId);

            ConsumerRecord<String, byte[]> record = intake.awaitRecords(
                    received -> received.stream().anyMatch(r -> caseId.toString().equals(r.key())), WAIT).stream()
                    .filter(r -> caseId.toString().equals(r.key())).findFirst().orElseThrow();
            Headers headers = record.headers();
            assertThat(header(headers, CloudEventHeaders.TYPE)).isEqualTo("aftersales.intake.CaseSubmitted");
            assertThat(header(headers, CloudEventHeaders.SOURCE)).isEqualTo("/aftersales/intake-service");
            assertThat(header(headers, CloudEventHeaders.SUBJECT)).isEqualTo(caseId.toString());
            assertThat(header(headers, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(header(headers, CloudEventHeaders.ID)).isNotBlank();
            assertThat(header(headers, CloudEventHeaders.TIME)).isNotBlank();

            EventEnvelope<CaseEvent> event = awaitEvents(intake, caseId, 1).get(0);
            assertThat(event.id()).isEqualTo(header(headers, CloudEventHeaders.ID));
            CaseSubmitted submitted = (CaseSubmitted) event.data();
            assertThat(submitted.serviceNo()).isEqualTo(body.get("serviceNo").asString());
            assertThat(submitted.customerId()).isEqualTo(customer);
            assertThat(submitted.merchantId()).isEqualTo(order.merchantId());
            assertThat(submitted.orderId()).isEqualTo(order.orderId());
            assertThat(submitted.orderLineId()).isEqualTo(lineId);
            assertThat(submitted.sku()).isEqualTo("SKU-EARBUDS");
            assertThat(submitted.productTitle()).isEqualTo("Wireless earbuds");
            assertThat(submitted.productCategory()).isEqualTo("electronics");
            assertThat(submitted.serviceType()).isEqualTo(ServiceType.REFUND_ONLY);
            assertThat(submitted.description()).isEqualTo("Arrived cracked");
            assertThat(submitted.requestedAmount()).isEqualTo(Money.of("99.50", "CNY"));
            assertThat(submitted.linePaid()).isEqualTo(Money.of("129.00", "CNY"));
            assertThat(submitted.paymentMethod()).isEqualTo("ALIPAY");
            assertThat(submitted.deliveredAt()).isEqualTo(order.deliveredAt());
            assertThat(submitted.evidence()).isEmpty();
            assertThat(submitted.actor()).isEqualTo(new Actor(customer, ActorRole.CUSTOMER, Channel.PERSONAL_CENTRE));
        }
    }

    @Test
    void retryingWithTheSameIdempotencyKeyReturnsTheFirstCaseAndPublishesOnce() {
        String customer = newCustomer();
        OrderSnapshot order = replicatedOrderOf(customer);
        String key = UUID.randomUUID().toString();
        String token = TestTokens.customer(customer);
        String request = caseRequest(order, order.lines().get(0).lineId());

        try (TopicProbe intake = intakeTopic()) {
            EntityExchangeResult<String> first = post("/api/v1/cases", token, request, key);
            EntityExchangeResult<String> retry = post("/api/v1/cases", token, request, key);

            assertThat(retry.getStatus().value()).isEqualTo(201);
            assertThat(retry.getResponseBody()).isEqualTo(first.getResponseBody());
            assertThat(retry.getResponseHeaders().getLocation()).isEqualTo(first.getResponseHeaders().getLocation());
            assertThat(retry.getResponseHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
            UUID caseId = UUID.fromString(json(first).get("caseId").asString());
            assertThat(count("select count(*) from after_sales_case where order_id = :p", order.orderId()))
                    .isEqualTo(1);

            // A later event of the same case (same partition) arrives after anything the retry could have published.
            assertThat(post("/api/v1/cases/" + caseId + "/messages", token, "{\"text\": \"any news?\"}")
                    .getStatus().value()).isEqualTo(201);
            List<EventEnvelope<CaseEvent>> events = awaitEvents(intake, caseId, 2);
            assertThat(events).extracting(EventEnvelope::type)
                    .containsExactly("aftersales.intake.CaseSubmitted", "aftersales.intake.MessagePosted");
        }
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefused() {
        String customer = newCustomer();
        OrderSnapshot order = replicatedOrderOf(customer);
        String key = UUID.randomUUID().toString();
        post("/api/v1/cases", TestTokens.customer(customer), caseRequest(order, order.lines().get(0).lineId()), key);

        EntityExchangeResult<String> other = post("/api/v1/cases", TestTokens.customer(customer),
                caseRequest(order, order.lines().get(1).lineId()), key);

        assertProblem(other, 422);
        assertThat(count("select count(*) from after_sales_case where order_id = :p", order.orderId())).isEqualTo(1);
    }

    @Test
    void someoneElsesOrderIsRefusedExactlyLikeAMissingOneAndNothingIsWritten() {
        OrderSnapshot othersOrder = replicatedOrderOf(newCustomer());
        String intruder = newCustomer();

        EntityExchangeResult<String> theirs = post("/api/v1/cases", TestTokens.customer(intruder),
                caseRequest(othersOrder, othersOrder.lines().get(0).lineId()));
        OrderSnapshot missing = orderOf(intruder);
        EntityExchangeResult<String> unknown = post("/api/v1/cases", TestTokens.customer(intruder),
                caseRequest(missing, missing.lines().get(0).lineId()));

        assertProblem(theirs, 422);
        assertThat(firstErrorField(theirs)).isEqualTo("orderId");
        assertThat(json(theirs).get("detail")).isEqualTo(json(unknown).get("detail"));
        assertThat(json(theirs).get("errors")).isEqualTo(json(unknown).get("errors"));
        assertThat(count("select count(*) from after_sales_case where order_id = :p", othersOrder.orderId()))
                .isZero();
        assertThat(count("select count(*) from outbox_event where payload like :p",
                "%" + othersOrder.orderId() + "%")).isZero();
    }

    @Test
    void aLineTheOrderDoesNotHaveOrAnAmountAboveWhatWasPaidIsUnprocessable() {
        String customer = newCustomer();
        OrderSnapshot order = replicatedOrderOf(customer);
        String token = TestTokens.customer(customer);

        EntityExchangeResult<String> noLine = post("/api/v1/cases", token, caseRequest(order, order.orderId() + "-9"));
        EntityExchangeResult<String> tooMuch = post("/api/v1/cases", token, withAmount(order, "129.01", "CNY"));
        EntityExchangeResult<String> otherCurrency = post("/api/v1/cases", token, withAmount(order, "10.00", "USD"));

        assertProblem(noLine, 422);
        assertThat(firstErrorField(noLine)).isEqualTo("orderLineId");
        assertProblem(tooMuch, 422);
        assertThat(firstErrorField(tooMuch)).isEqualTo("requestedAmount.amount");
        assertProblem(otherCurrency, 422);
        assertThat(firstErrorField(otherCurrency)).isEqualTo("requestedAmount.currency");
        assertThat(post("/api/v1/cases", token, withAmount(order, "129.00", "CNY")).getStatus().value())
                .isEqualTo(201);
    }

    @Test
    void aSecondRequestForALineWithAnOpenCaseIsAConflictPointingToThatCase() {
        String customer = newCustomer();
        OrderSnapshot order = replicatedOrderOf(customer);
        UUID open = submitCase(customer, order);

        EntityExchangeResult<String> second = post("/api/v1/cases", TestTokens.customer(customer),
                caseRequest(order, order.lines().get(0).lineId()));

        assertProblem(second, 409);
        assertThat(json(second).get("openCaseId").asString()).isEqualTo(open.toString());
        assertThat(json(second).get("currentStatus").asString()).isEqualTo("SUBMITTED");
        // The order's other line is free.
        submitCase(customer, order, order.lines().get(1).lineId());
    }

    @Test
    void concurrentRequestsForOneLineRegisterOneCase() {
        String customer = newCustomer();
        OrderSnapshot order = replicatedOrderOf(customer);
        String request = caseRequest(order, order.lines().get(0).lineId());

        List<Integer> statuses = Flux.fromStream(IntStream.range(0, 6).boxed())
                .flatMap(i -> Flux.just(i).publishOn(Schedulers.boundedElastic())
                        .map(n -> post("/api/v1/cases", TestTokens.customer(customer), request).getStatus().value()))
                .collectList().block(WAIT);

        assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(count("select count(*) from after_sales_case where order_id = :p", order.orderId())).isEqualTo(1);
    }

    @Test
    void withoutAValidTokenNothingIsAcceptedAndStaffCannotFileForACustomer() {
        OrderSnapshot order = replicatedOrderOf(newCustomer());
        String request = caseRequest(order, order.lines().get(0).lineId());

        assertProblem(post("/api/v1/cases", null, request), 401);
        assertProblem(post("/api/v1/cases", "not-a-token", request), 401);
        assertProblem(post("/api/v1/cases", agentToken(), request), 403);
        assertThat(count("select count(*) from after_sales_case where order_id = :p", order.orderId())).isZero();
    }

    @Test
    void theMetricsTheDashboardsQueryAreExposed() {
        String customer = newCustomer();
        submitCase(customer, replicatedOrderOf(customer));

        String metrics = PrometheusScrape.at(serverPort);

        assertThat(metrics).contains("aftersales_intake_cases_submitted_total")
                .contains("aftersales_intake_orders_replicated_total");
    }

    @Test
    void theApiIsDocumentedForTheGatewayToMerge() {
        String docs = api.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(docs).contains("/api/v1/cases", "/api/v1/cases/{caseId}/evidence", "/api/v1/cases/{caseId}/info",
                "/api/v1/cases/{caseId}/messages", "/api/v1/cases/{caseId}/withdraw",
                "/api/v1/agent/cases/{caseId}/review", "/api/v1/agent/cases/{caseId}/messages");
    }

    private static String withAmount(OrderSnapshot order, String amount, String currency) {
        return """
                {"orderId": "%s", "orderLineId": "%s", "serviceType": "REFUND_ONLY", "description": "Broken",
                 "requestedAmount": {"amount": "%s", "currency": "%s"}}"""
                .formatted(order.orderId(), order.lines().get(0).lineId(), amount, currency);
    }

    private static String header(Headers headers, String name) {
        var header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
