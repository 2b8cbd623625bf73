package com.marketplace.aftersales.fulfillment.returns;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.fulfillment.ReturnReceived;
import com.marketplace.aftersales.contracts.fulfillment.ReturnShipped;
import com.marketplace.aftersales.fulfillment.FulfillmentIntegrationTest;
import com.marketplace.aftersales.fulfillment.support.Remedies;
import com.marketplace.aftersales.testsupport.TestTokens;
import com.marketplace.aftersales.testsupport.TopicProbe;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Who may take a return step, in which state, with what input: every refusal leaves the case as it was. */
class ReturnStepRulesIT extends FulfillmentIntegrationTest {

    private UUID caseId;

    @BeforeEach
    void aReturnAwaitsTheCustomersShipment() {
        caseId = UUID.randomUUID();
        decide(Remedies.returnAndRefund(caseId));
        awaitStatus(caseId, "AWAITING_RETURN");
    }

    @Test
    void anotherCustomersCaseIsNotFound() {
        EntityExchangeResult<String> result = shipReturn(caseId, TestTokens.customer(Remedies.OTHER_CUSTOMER),
                SHIPMENT);

        assertProblem(result, 404);
        assertThat(status(caseId)).contains("AWAITING_RETURN");
    }

    @Test
    void aCaseThatDoesNotExistLooksTheSame() {
        EntityExchangeResult<String> result = shipReturn(UUID.randomUUID(), customerToken(), SHIPMENT);

        assertProblem(result, 404);
        assertThat(result.getResponseBody()).doesNotContain(caseId.toString());
    }

    @Test
    void aWarehouseTheReturnIsNotAddressedToIsNotFoundButTheCasesMerchantMayConfirm() {
        shipReturn(caseId, customerToken(), SHIPMENT);

        assertProblem(confirmReceipt(caseId, TestTokens.warehouse("clerk-9", "warehouse-elsewhere")), 404);
        assertProblem(confirmReceipt(caseId, TestTokens.merchant("someone", "merchant-other")), 404);
        assertThat(status(caseId)).contains("RETURN_IN_TRANSIT");

        // The note is optional, and so is the whole body.
        EntityExchangeResult<String> byMerchant = http.post().uri("/api/v1/warehouse/cases/" + caseId + "/receipt")
                .header("Authorization", "Bearer " + merchantToken()).exchange()
                .expectBody(String.class).returnResult();
        assertThat(byMerchant.getStatus().value()).isEqualTo(200);
        assertThat(status(caseId)).contains("RETURN_RECEIVED");
    }

    @Test
    void anotherMerchantCannotInspect() {
        shipReturn(caseId, customerToken(), SHIPMENT);
        confirmReceipt(caseId, warehouseToken());

        assertProblem(inspect(caseId, TestTokens.merchant("someone", "merchant-other"), "PASSED"), 404);
        assertThat(status(caseId)).contains("RETURN_RECEIVED");
        assertThat(refunds(caseId)).isEmpty();
    }

    @Test
    void aStepTheCaseIsNotReadyForIsAConflictNamingTheCurrentStatus() {
        EntityExchangeResult<String> early = confirmReceipt(caseId, warehouseToken());
        assertProblem(early, 409);
        assertThat(early.getResponseBody()).contains("\"currentStatus\":\"AWAITING_RETURN\"");

        shipReturn(caseId, customerToken(), SHIPMENT);
        EntityExchangeResult<String> twice = shipReturn(caseId, customerToken(),
                "{\"carrier\":\"YTO\",\"waybillNo\":\"YT99887766\"}");
        assertProblem(twice, 409);
        assertThat(twice.getResponseBody()).contains("\"currentStatus\":\"RETURN_IN_TRANSIT\"");
        assertThat(db.sql("select return_waybill_no from fulfillment_case where case_id = :id").bind("id", caseId)
                .map((row, meta) -> row.get("return_waybill_no", String.class)).one().block())
                .isEqualTo("SF1234567890");
    }

    @Test
    void withoutATokenNothingHappens() {
        assertProblem(shipReturn(caseId, null, SHIPMENT), 401);
        assertProblem(shipReturn(caseId, "not-a-token", SHIPMENT), 401);
        assertThat(status(caseId)).contains("AWAITING_RETURN");
    }

    @Test
    void aRoleThatDoesNotTakeTheStepIsForbidden() {
        assertProblem(shipReturn(caseId, merchantToken(), SHIPMENT), 403);
        assertProblem(confirmReceipt(caseId, customerToken()), 403);
        assertProblem(inspect(caseId, warehouseToken(), "PASSED"), 403);
        assertThat(status(caseId)).contains("AWAITING_RETURN");
    }

    @Test
    void aBadCarrierOrWaybillIsAProblemNamingTheField() {
        assertInvalid("{\"carrier\":\"sf\",\"waybillNo\":\"SF1234567890\"}", "carrier");
        assertInvalid("{\"carrier\":\"S\",\"waybillNo\":\"SF1234567890\"}", "carrier");
        assertInvalid("{\"carrier\":\"SF\",\"waybillNo\":\"SF 123\"}", "waybillNo");
        assertInvalid("{\"carrier\":\"SF\",\"waybillNo\":\"12345\"}", "waybillNo");
        assertInvalid("{\"carrier\":\"SF\"}", "waybillNo");
        assertInvalid("{\"carrier\":\"SF\",\"waybillNo\":\"SF1234567890\",\"insured\":true}", "insured");
        assertInvalid("{\"carrier\":\"SF\",\"waybillNo\":42}", "waybillNo");
        assertThat(status(caseId)).contains("AWAITING_RETURN");
    }

    @Test
    void aBadInspectionResultIsAProblemNamingTheField() {
        shipReturn(caseId, customerToken(), SHIPMENT);
        confirmReceipt(caseId, warehouseToken());

        EntityExchangeResult<String> unknown = inspect(caseId, merchantToken(), "MAYBE");
        assertProblem(unknown, 400);
        assertThat(unknown.getResponseBody()).contains("\"field\":\"result\"");
        assertProblem(post("/api/v1/merchant/cases/" + caseId + "/inspection", merchantToken(), "{}", null), 400);
        assertThat(status(caseId)).contains("RETURN_RECEIVED");
    }

    @Test
    void aRetriedStepWithTheSameIdempotencyKeyAnswersTheSameAndHappensOnce() {
        try (TopicProbe topic = fulfillmentTopic()) {
            String path = "/api/v1/cases/" + caseId + "/return-shipment";
            EntityExchangeResult<String> first = post(path, customerToken(), SHIPMENT, "ship-" + caseId);
            EntityExchangeResult<String> again = post(path, customerToken(), SHIPMENT, "ship-" + caseId);

            assertThat(first.getStatus().value()).isEqualTo(200);
            assertThat(again.getStatus().value()).isEqualTo(200);
            assertThat(again.getResponseBody()).isEqualTo(first.getResponseBody());
            assertThat(again.getResponseHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");

            // The receipt is a later event of the same case: once it arrives, any second shipment would have too.
            confirmReceipt(caseId, warehouseToken());
            List<CaseEvent> events = awaitEvents(topic, caseId, ReturnReceived.class);
            assertThat(events.stream().filter(ReturnShipped.class::isInstance)).hasSize(1);
        }
    }

    @Test
    void concurrentShipmentsOfOneReturnAreRecordedOnceAndTheOthersConflict() {
        List<Integer> statuses = Flux.range(0, 4)
                .flatMap(i -> Mono.fromCallable(() -> shipReturn(caseId, customerToken(),
                                "{\"carrier\":\"SF\",\"waybillNo\":\"SF00000000" + i + "\"}").getStatus().value())
                        .subscribeOn(Schedulers.boundedElastic()))
                .collectList().block();

        assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 409);
        assertThat(status(caseId)).contains("RETURN_IN_TRANSIT");
    }

    @Test
    void theReturnStepsAreDocumentedForTheGateway() {
        String docs = http.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(docs).contains("/api/v1/cases/{caseId}/return-shipment",
                "/api/v1/warehouse/cases/{caseId}/receipt", "/api/v1/merchant/cases/{caseId}/inspection");
    }

    private void assertInvalid(String body, String field) {
        EntityExchangeResult<String> result = shipReturn(caseId, customerToken(), body);
        assertProblem(result, 400);
        assertThat(result.getResponseBody()).as(body).contains("\"field\":\"" + field + "\"");
    }
}
