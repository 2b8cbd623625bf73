package com.marketplace.aftersales.fulfillment.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.marketplace.aftersales.contracts.Component;
import com.marketplace.aftersales.fulfillment.FulfillmentIntegrationTest;
import com.marketplace.aftersales.fulfillment.support.Remedies;
import com.marketplace.aftersales.testsupport.TestTokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * Intake asks fulfillment before it publishes a withdrawal of an approved case: fulfillment answers from what it
 * knows (nothing yet, nothing moved, or goods or money moved) and makes its answer stick in the same transaction.
 */
class WithdrawalEndpointIT extends FulfillmentIntegrationTest {

    @Test
    void aCaseFulfillmentHasNotSeenIsTombstonedSoItsLaterRemedyIsNeverExecuted() {
        UUID caseId = UUID.randomUUID();

        EntityExchangeResult<String> first = withdrawal(caseId, customerToken());
        EntityExchangeResult<String> again = withdrawal(caseId, customerToken());

        assertThat(first.getStatus().value()).as(first.getResponseBody()).isEqualTo(200);
        assertThat(first.getResponseBody()).contains("\"execution\":\"NOT_STARTED\"");
        assertThat(again.getStatus().value()).isEqualTo(200);
        assertThat(again.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(tombstoneCustomer(caseId)).isEqualTo(Remedies.CUSTOMER);

        var decided = Remedies.from(Component.DIAGNOSIS_SERVICE, Remedies.refundOnly(caseId, "59.90"));
        writer.publish(decided);
        awaitApplied(decided.id());

        // Handled in the same transaction as the inbox record, and it wrote nothing: no case, no event, no money.
        assertThat(status(caseId)).isEmpty();
        assertThat(db.sql("select count(*) as n from outbox_event where message_key = :key")
                .bind("key", caseId.toString()).map((row, meta) -> row.get("n", Long.class)).one().block()).isZero();
        assertThat(refunds(caseId)).isEmpty();
        assertThat(paymentsUnder(refundKey(caseId))).isEmpty();
    }

    @Test
    void anExecutionWhereNothingMovedIsCancelledAndStaysCancelled() {
        UUID caseId = UUID.randomUUID();
        decide(Remedies.returnAndRefund(caseId));
        awaitStatus(caseId, "AWAITING_RETURN");

        EntityExchangeResult<String> first = withdrawal(caseId, customerToken());
        EntityExchangeResult<String> again = withdrawal(caseId, customerToken());

        assertThat(first.getStatus().value()).as(first.getResponseBody()).isEqualTo(200);
        assertThat(first.getResponseBody()).contains("\"execution\":\"CANCELLED\"");
        assertThat(again.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(status(caseId)).contains("CANCELLED");
        assertThat(db.sql("select cancelled_at is not null as cancelled from execution_order where case_id = :id")
                .bind("id", caseId).map((row, meta) -> row.get("cancelled", Boolean.class)).one().block()).isTrue();
        assertThat(shipReturn(caseId, customerToken(), SHIPMENT).getStatus().value()).isEqualTo(409);

        // intake publishes CaseWithdrawn after the 200: applying it changes nothing.
        var withdrawn = withdraw(caseId);
        awaitApplied(withdrawn.id());
        assertThat(status(caseId)).contains("CANCELLED");
    }

    @Test
    void afterTheGoodsLeftTheWithdrawalIsRefusedWithTheCurrentStatusEveryTime() {
        UUID caseId = UUID.randomUUID();
        decide(Remedies.returnAndRefund(caseId));
        awaitStatus(caseId, "AWAITING_RETURN");
        shipReturn(caseId, customerToken(), SHIPMENT);

        EntityExchangeResult<String> refused = withdrawal(caseId, customerToken());
        EntityExchangeResult<String> again = withdrawal(caseId, customerToken());

        assertProblem(refused, 409);
        assertThat(refused.getResponseBody()).contains("\"currentStatus\":\"RETURN_IN_TRANSIT\"");
        assertProblem(again, 409);
        assertThat(again.getResponseBody()).contains("\"currentStatus\":\"RETURN_IN_TRANSIT\"");
        assertThat(status(caseId)).contains("RETURN_IN_TRANSIT");
    }

    @Test
    void onceTheRefundIsRequestedTheWithdrawalIsRefused() {
        UUID caseId = UUID.randomUUID();
        decide(Remedies.refundOnly(caseId, "20.00"));
        await().atMost(WAIT).until(() -> !refunds(caseId).isEmpty());

        EntityExchangeResult<String> refused = withdrawal(caseId, customerToken());

        assertProblem(refused, 409);
        assertThat(refused.getResponseBody()).containsPattern("\"currentStatus\":\"(REFUND_PENDING|REFUNDED)\"");
    }

    @Test
    void onlyTheCasesOwnCustomerMayWithdrawIt() {
        UUID caseId = UUID.randomUUID();
        decide(Remedies.returnAndRefund(caseId));
        awaitStatus(caseId, "AWAITING_RETURN");
        UUID unknown = UUID.randomUUID();
        withdrawal(unknown, customerToken());

        assertProblem(withdrawal(caseId, TestTokens.customer(Remedies.OTHER_CUSTOMER)), 404);
        assertProblem(withdrawal(unknown, TestTokens.customer(Remedies.OTHER_CUSTOMER)), 404);
        assertProblem(withdrawal(caseId, merchantToken()), 403);
        assertProblem(withdrawal(caseId, null), 401);
        assertThat(status(caseId)).contains("AWAITING_RETURN");
        assertThat(tombstoneCustomer(unknown)).isEqualTo(Remedies.CUSTOMER);
    }

    @Test
    void aTombstoneOfAnotherCustomerDoesNotStopTheRemedy() {
        UUID caseId = UUID.randomUUID();
        withdrawal(caseId, TestTokens.customer(Remedies.OTHER_CUSTOMER));

        decide(Remedies.returnAndRefund(caseId));

        awaitStatus(caseId, "AWAITING_RETURN");
    }

    @Test
    void theInternalEndpointIsNotInTheApiDocument() {
        String docs = http.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(docs).doesNotContain("/internal/");
    }

    private EntityExchangeResult<String> withdrawal(UUID caseId, String token) {
        var request = http.post().uri("/internal/cases/{caseId}/withdrawal", caseId);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request.exchange().expectBody(String.class).returnResult();
    }

    private String tombstoneCustomer(UUID caseId) {
        return db.sql("select customer_id from withdrawn_case where case_id = :id").bind("id", caseId)
                .map((row, meta) -> row.get("customer_id", String.class)).one().block();
    }

    private void awaitApplied(String eventId) {
        await().atMost(WAIT).until(() -> Boolean.TRUE.equals(db.sql(
                        "select count(*) > 0 as seen from inbox_event where event_id = :id")
                .bind("id", eventId).map((row, meta) -> row.get("seen", Boolean.class)).one().block()));
    }
}
