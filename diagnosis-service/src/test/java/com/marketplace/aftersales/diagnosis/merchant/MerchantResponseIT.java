package com.marketplace.aftersales.diagnosis.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.diagnosis.CaseDisputed;
import com.marketplace.aftersales.contracts.diagnosis.MerchantDecision;
import com.marketplace.aftersales.contracts.diagnosis.MerchantResponded;
import com.marketplace.aftersales.contracts.diagnosis.RemedyDecided;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.event.ServiceType;
import com.marketplace.aftersales.diagnosis.DiagnosisIntegrationTest;
import com.marketplace.aftersales.testsupport.TestTokens;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

class MerchantResponseIT extends DiagnosisIntegrationTest {

    private static final String DEMO_MERCHANT_TOKEN = MERCHANT_TOKEN;

    @Test
    void theMerchantAcceptingDecidesTheRemedyWithTheirWarehouseAndTheRequestedAmount() {
        UUID caseId = caseAwaitingMerchant(DEMO_MERCHANT, Money.of("99.00", "CNY"));

        EntityExchangeResult<String> response = respond(caseId, DEMO_MERCHANT_TOKEN, null,
                "{\"decision\":\"ACCEPT\"}");

        assertThat(response.getStatus().value()).isEqualTo(200);
        assertThat(response.getResponseBody())
                .isEqualTo("{\"caseId\":\"" + caseId + "\",\"decision\":\"ACCEPT\"}");
        List<ConsumerRecord<String, byte[]>> records = awaitEvents(caseId, "MerchantResponded", "RemedyDecided");
        MerchantResponded responded = single(records, MerchantResponded.class);
        assertThat(responded.decision()).isEqualTo(MerchantDecision.ACCEPT);
        assertThat(responded.byDeadline()).isFalse();
        assertThat(responded.actor().id()).isEqualTo("merchant-user-1");
        assertThat(responded.actor().role()).isEqualTo(ActorRole.MERCHANT);
        RemedyDecided decided = single(records, RemedyDecided.class);
        assertThat(decided.remedy()).isEqualTo(Remedy.RETURN_REFUND);
        assertThat(decided.refundAmount()).isEqualTo(Money.of("99.00", "CNY"));
        assertThat(decided.linePaid()).isEqualTo(LINE_PAID);
        assertThat(decided.returnRequired()).isTrue();
        assertThat(decided.warehouseId()).isEqualTo("warehouse-demo-1");
        assertThat(decided.customerId()).isEqualTo(customerOf(caseId)).startsWith("customer-");
        assertThat(decided.merchantId()).isEqualTo(DEMO_MERCHANT);
        assertThat(decided.orderId()).isEqualTo("order-" + caseId);
        assertThat(statusOf(caseId)).isEqualTo("REMEDY_DECIDED");
    }

    @Test
    void aMerchantWithoutAConfiguredWarehouseHasReturnsSentToTheFallbackAndTheLineRefundedInFull() {
        String merchant = "merchant-" + UUID.randomUUID();
        UUID caseId = caseAwaitingMerchant(merchant, null);

        respond(caseId, TestTokens.merchant("someone", merchant), null, "{\"decision\":\"ACCEPT\"}");

        RemedyDecided decided = single(awaitEvents(caseId, "MerchantResponded", "RemedyDecided"),
                RemedyDecided.class);
        assertThat(decided.warehouseId()).isEqualTo("warehouse-platform-returns");
        assertThat(decided.refundAmount()).isEqualTo(LINE_PAID);
    }

    @Test
    void theMerchantRejectingWithAReasonOpensADispute() {
        UUID caseId = caseAwaitingMerchant(DEMO_MERCHANT, null);

        EntityExchangeResult<String> response = respond(caseId, DEMO_MERCHANT_TOKEN, null,
                "{\"decision\":\"REJECT\",\"reason\":\"The photos show water damage\"}");

        assertThat(response.getStatus().value()).isEqualTo(200);
        List<ConsumerRecord<String, byte[]>> records = awaitEvents(caseId, "MerchantResponded", "CaseDisputed");
        assertThat(single(records, MerchantResponded.class).decision()).isEqualTo(MerchantDecision.REJECT);
        assertThat(single(records, CaseDisputed.class).reason()).contains("The photos show water damage");
        assertThat(statusOf(caseId)).isEqualTo("IN_DISPUTE");
    }

    @Test
    void anotherMerchantsCaseIsNotFound() {
        UUID caseId = caseAwaitingMerchant(DEMO_MERCHANT, null);

        EntityExchangeResult<String> response = respond(caseId, TestTokens.merchant("intruder", "merchant-other"),
                null, "{\"decision\":\"ACCEPT\"}");
        EntityExchangeResult<String> unknownCase = respond(UUID.randomUUID(), DEMO_MERCHANT_TOKEN, null,
                "{\"decision\":\"ACCEPT\"}");

        assertProblem(response, 404);
        // Not yours and does not exist read the same.
        assertProblem(unknownCase, 404);
        assertThat(statusOf(caseId)).isEqualTo("AWAITING_MERCHANT");
        assertThat(outboxTypesOf(caseId)).containsExactly("CaseDiagnosed", "HandlerAssigned",
                "MerchantVerificationRequested");
    }

    @Test
    void aSecondResponseIsAConflictNamingTheCurrentStatus() {
        UUID caseId = caseAwaitingMerchant(DEMO_MERCHANT, null);
        respond(caseId, DEMO_MERCHANT_TOKEN, null, "{\"decision\":\"ACCEPT\"}");

        EntityExchangeResult<String> second = respond(caseId, DEMO_MERCHANT_TOKEN, null,
                "{\"decision\":\"REJECT\",\"reason\":\"changed our minds\"}");

        assertProblem(second, 409);
        assertThat(second.getResponseBody()).contains("\"currentStatus\":\"REMEDY_DECIDED\"");
        assertThat(outboxTypesOf(caseId)).containsExactly("CaseDiagnosed", "HandlerAssigned",
                "MerchantVerificationRequested", "MerchantResponded", "RemedyDecided");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerWithoutRespondingAgain() {
        UUID caseId = caseAwaitingMerchant(DEMO_MERCHANT, null);
        String key = UUID.randomUUID().toString();

        EntityExchangeResult<String> first = respond(caseId, DEMO_MERCHANT_TOKEN, key, "{\"decision\":\"ACCEPT\"}");
        EntityExchangeResult<String> retry = respond(caseId, DEMO_MERCHANT_TOKEN, key, "{\"decision\":\"ACCEPT\"}");

        assertThat(first.getStatus().value()).isEqualTo(200);
        assertThat(retry.getStatus().value()).isEqualTo(200);
        assertThat(retry.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(retry.getResponseHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(outboxTypesOf(caseId)).containsExactly("CaseDiagnosed", "HandlerAssigned",
                "MerchantVerificationRequested", "MerchantResponded", "RemedyDecided");
    }

    @Test
    void aCallWithoutATokenIsRefused() {
        UUID caseId = caseAwaitingMerchant(DEMO_MERCHANT, null);

        EntityExchangeResult<String> response = client.post().uri("/api/v1/merchant/cases/{id}/response", caseId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"decision\":\"ACCEPT\"}")
                .exchange().expectBody(String.class).returnResult();

        assertProblem(response, 401);
        assertThat(statusOf(caseId)).isEqualTo("AWAITING_MERCHANT");
    }

    @Test
    void onlyAMerchantMayAnswer() {
        UUID caseId = caseAwaitingMerchant(DEMO_MERCHANT, null);

        assertProblem(respond(caseId, TestTokens.customer("customer-demo-1"), null, "{\"decision\":\"ACCEPT\"}"), 403);
        assertThat(statusOf(caseId)).isEqualTo("AWAITING_MERCHANT");
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndChangesNothing() {
        UUID caseId = caseAwaitingMerchant(DEMO_MERCHANT, null);

        assertInvalid(caseId.toString(), "{\"decision\":\"MAYBE\"}", "decision");
        assertInvalid(caseId.toString(), "{\"decision\":\"UNKNOWN\"}", "decision");
        assertInvalid(caseId.toString(), "{}", "decision");
        assertInvalid(caseId.toString(), "{\"decision\":\"ACCEPT\",\"admin\":true}", "admin");
        assertInvalid(caseId.toString(), "{\"decision\":\"REJECT\"}", "reason");
        assertInvalid(caseId.toString(), "{\"decision\":\"REJECT\",\"reason\":\"   \"}", "reason");
        assertInvalid(caseId.toString(), "{\"decision\":\"REJECT\",\"reason\":\"" + "x".repeat(1001) + "\"}",
                "reason");
        assertInvalid("not-a-case-id", "{\"decision\":\"ACCEPT\"}", "caseId");
        assertInvalid(caseId.toString(), "{\"decision\":", null);
        assertBadInputRefused("/api/v1/merchant/cases/{caseId}/response", caseId, DEMO_MERCHANT_TOKEN,
                "{\"decision\":\"ACCEPT\",\"reason\":\"fine\"}");

        assertThat(statusOf(caseId)).isEqualTo("AWAITING_MERCHANT");
        assertThat(outboxTypesOf(caseId)).containsExactly("CaseDiagnosed", "HandlerAssigned",
                "MerchantVerificationRequested");
    }

    @Test
    void aCaseTheRiskTeamHasNotClearedCannotBeAnswered() {
        UUID caseId = caseUnderRiskReview(ServiceType.RETURN_REFUND, "The speaker arrived broken");

        EntityExchangeResult<String> response = respond(caseId, DEMO_MERCHANT_TOKEN, null, "{\"decision\":\"ACCEPT\"}");

        assertProblem(response, 409);
        assertThat(json(response).get("currentStatus").asString()).isEqualTo("RISK_REVIEW");
    }

    private void assertInvalid(String caseId, String body, String field) {
        EntityExchangeResult<String> response = client.post().uri("/api/v1/merchant/cases/" + caseId + "/response")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + DEMO_MERCHANT_TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange().expectBody(String.class).returnResult();
        assertProblem(response, 400);
        if (field != null) {
            assertThat(response.getResponseBody()).as(body).contains("\"field\":\"" + field + "\"");
        }
    }

    private String customerOf(UUID caseId) {
        return db.sql("select customer_id from diagnosis_case where case_id = :id").bind("id", caseId)
                .map((row, meta) -> row.get("customer_id", String.class)).one().block();
    }

    private EntityExchangeResult<String> respond(UUID caseId, String token, String idempotencyKey, String body) {
        WebTestClient.RequestBodySpec request = client.post().uri("/api/v1/merchant/cases/{id}/response", caseId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.bodyValue(body).exchange().expectBody(String.class).returnResult();
    }
}
