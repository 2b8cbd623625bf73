package com.marketplace.aftersales.fulfillment.refunds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.fulfillment.RefundFailed;
import com.marketplace.aftersales.contracts.fulfillment.RefundIssued;
import com.marketplace.aftersales.fulfillment.FulfillmentIntegrationTest;
import com.marketplace.aftersales.fulfillment.support.Remedies;
import com.marketplace.aftersales.simulators.SimulatorBehaviour;
import com.marketplace.aftersales.simulators.payment.LedgerEntry;
import com.marketplace.aftersales.simulators.payment.RefundRoute;
import com.marketplace.aftersales.testsupport.TopicProbe;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The payment provider misbehaves the ways real ones do; every refund still ends paid exactly once (or refused for
 * good), and the provider's ledger proves it.
 */
class PaymentResilienceIT extends FulfillmentIntegrationTest {

    private static final SimulatorBehaviour NORMAL = SimulatorBehaviour.defaults();

    @Autowired
    PaymentWorker worker;

    @Test
    void aProviderFailingTheFirstTwoCallsStillRefundsOnce() {
        PAYMENTS.behave(NORMAL.withFailNextCalls(2));
        double serverErrors = count("aftersales.payments.calls", "outcome", "server_error");
        UUID caseId = UUID.randomUUID();

        decide(Remedies.refundOnly(caseId, "35.00"));

        awaitStatus(caseId, "REFUNDED");
        assertThat(paymentsUnder(refundKey(caseId))).singleElement()
                .satisfies(payment -> assertThat(payment.calls()).isEqualTo(1));
        assertThat(count("aftersales.payments.calls", "outcome", "server_error")).isEqualTo(serverErrors + 2);
    }

    @Test
    void aProviderSlowerThanTheTimeLimitIsAskedAgainAndPaysOnce() {
        // Every call is processed at once but answered only after 3 s, past the 1 s limit of this test profile.
        PAYMENTS.behave(NORMAL.withHang(0.0, 1.0, 3_000));
        double timeouts = count("aftersales.payments.calls", "outcome", "timeout");
        UUID caseId = UUID.randomUUID();

        decide(Remedies.refundOnly(caseId, "35.00"));
        await().atMost(WAIT).until(() -> !paymentsUnder(refundKey(caseId)).isEmpty());
        await().atMost(WAIT).until(() -> count("aftersales.payments.calls", "outcome", "timeout") > timeouts);
        assertThat(status(caseId)).contains("REFUND_PENDING");
        PAYMENTS.behave(NORMAL);

        awaitStatus(caseId, "REFUNDED");
        assertThat(paymentsUnder(refundKey(caseId))).singleElement()
                .satisfies(payment -> assertThat(payment.calls()).isGreaterThanOrEqualTo(2));
    }

    @Test
    void aPendingRefundIsReconciledByItsKeyWithoutPayingAgain() {
        PAYMENTS.behave(NORMAL.withPendingMillis(1_500));
        UUID caseId = UUID.randomUUID();

        decide(Remedies.refundOnly(caseId, "35.00"));

        await().atMost(WAIT).until(() -> refunds(caseId).stream().anyMatch(r -> "PENDING".equals(r.get("status"))));
        assertThat(status(caseId)).contains("REFUND_PENDING");
        awaitStatus(caseId, "REFUNDED");
        LedgerEntry payment = paymentsUnder(refundKey(caseId)).get(0);
        // One instruction; everything after it were lookups by key.
        assertThat(payment.calls()).isEqualTo(1);
        assertThat(refunds(caseId).get(0).get("provider_refund_id")).isEqualTo(payment.refundId());
    }

    @Test
    void aDeclinedRefundFailsForGoodAndReleasesTheMoney() {
        PAYMENTS.behave(NORMAL.withDeclineRoutes(Set.of(RefundRoute.ORIGINAL)));
        double failedBefore = count("aftersales.refunds.failed");
        UUID caseId = UUID.randomUUID();
        try (TopicProbe topic = fulfillmentTopic()) {
            decide(Remedies.refundOnly(caseId, "35.00"));

            List<CaseEvent> events = awaitEvents(topic, caseId, RefundFailed.class);
            assertThat(only(events, RefundFailed.class).reason()).isEqualTo("CARD_CLOSED");
            assertThat(events).noneMatch(RefundIssued.class::isInstance);
        }
        assertThat(status(caseId)).contains("REFUND_FAILED");
        assertThat(committed(caseId)).isEqualByComparingTo("0.00");
        assertThat(refunds(caseId).get(0).get("status")).isEqualTo("FAILED");
        assertThat(count("aftersales.refunds.failed")).isEqualTo(failedBefore + 1);
    }

    @Test
    void anOpenCircuitLeavesTheRefundDueAndItIsPaidOnceTheCircuitCloses() {
        CircuitBreaker payments = circuitBreakers.circuitBreaker("payments");
        payments.transitionToForcedOpenState();
        UUID caseId = UUID.randomUUID();

        decide(Remedies.refundOnly(caseId, "35.00"));

        await().atMost(WAIT).until(() -> refunds(caseId).stream().anyMatch(r ->
                String.valueOf(r.get("last_error")).contains("circuit breaker is open")));
        Map<String, Object> refund = refunds(caseId).get(0);
        assertThat(refund.get("status")).isEqualTo("REQUESTED");
        assertThat(paymentsUnder(refundKey(caseId))).isEmpty();

        payments.reset();
        awaitStatus(caseId, "REFUNDED");
        assertThat(paymentsUnder(refundKey(caseId))).hasSize(1);
    }

    @Test
    void aRefundLeftRequestedByACrashAfterThePaymentIsCompletedWithoutPayingTwice() throws Exception {
        UUID caseId = UUID.randomUUID();
        worker.stop();
        try {
            decide(Remedies.refundOnly(caseId, "35.00"));
            await().atMost(WAIT).until(() -> refunds(caseId).size() == 1);
            // What a crashed instance leaves behind: it claimed the refund, the provider paid, nothing was recorded.
            assertThat(payDirectly(refundKey(caseId), Remedies.refundOnly(caseId, "35.00").orderId(), "35.00"))
                    .isEqualTo(201);
            db.sql("""
                            update refund set lease_owner = 'crashed-instance', attempts = 1,
                                lease_until = now() + interval '1 second'
                            where case_id = :id""")
                    .bind("id", caseId).then().block();
        } finally {
            worker.start();
        }

        awaitStatus(caseId, "REFUNDED");
        LedgerEntry payment = paymentsUnder(refundKey(caseId)).get(0);
        assertThat(paymentsUnder(refundKey(caseId))).hasSize(1);
        assertThat(payment.calls()).isEqualTo(2);
        assertThat(refunds(caseId).get(0).get("provider_refund_id")).isEqualTo(payment.refundId());
    }

    /** The instruction the crashed instance had sent, straight to the provider. */
    private static int payDirectly(String idempotencyKey, String orderId, String amount)
            throws IOException, InterruptedException {
        String body = "{\"idempotencyKey\":\"" + idempotencyKey + "\",\"orderId\":\"" + orderId + "\",\"amount\":\""
                + amount + "\",\"currency\":\"CNY\",\"route\":\"ORIGINAL\"}";
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(PAYMENTS.baseUrl() + "/refunds"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
