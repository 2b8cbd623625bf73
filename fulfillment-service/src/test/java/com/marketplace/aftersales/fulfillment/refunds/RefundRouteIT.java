package com.marketplace.aftersales.fulfillment.refunds;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.fulfillment.CaseResolved;
import com.marketplace.aftersales.contracts.fulfillment.RefundFailed;
import com.marketplace.aftersales.contracts.fulfillment.RefundIssued;
import com.marketplace.aftersales.contracts.fulfillment.RefundRequested;
import com.marketplace.aftersales.contracts.fulfillment.RefundRoute;
import com.marketplace.aftersales.fulfillment.FulfillmentIntegrationTest;
import com.marketplace.aftersales.fulfillment.support.Remedies;
import com.marketplace.aftersales.simulators.SimulatorBehaviour;
import com.marketplace.aftersales.simulators.payment.LedgerEntry;
import com.marketplace.aftersales.simulators.payment.RefundStatus;
import com.marketplace.aftersales.testsupport.TestTokens;
import com.marketplace.aftersales.testsupport.TopicProbe;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/** Finance sends a refund the provider refused again, on another route: paid once, under a new key. */
class RefundRouteIT extends FulfillmentIntegrationTest {

    private static final String PATH = "/api/v1/finance/cases/%s/refund-route";

    @Test
    void aDeclinedRefundIsPaidOnTheRouteFinanceChose() {
        PAYMENTS.behave(SimulatorBehaviour.defaults().withDeclineRoutes(
                Set.of(com.marketplace.aftersales.simulators.payment.RefundRoute.ORIGINAL)));
        double reroutedBefore = count(MoneyMetrics.REROUTED, "kind", "refund", "route", "balance");
        UUID caseId = UUID.randomUUID();
        try (TopicProbe topic = fulfillmentTopic()) {
            decide(Remedies.refundOnly(caseId, "35.00"));
            awaitEvents(topic, caseId, RefundFailed.class);
            awaitStatus(caseId, "REFUND_FAILED");
            assertThat(committed(caseId)).as("released when declined").isEqualByComparingTo("0.00");

            EntityExchangeResult<String> chosen = chooseRoute(caseId, financeToken(), "BALANCE");

            assertOk(chosen);
            assertThat(chosen.getResponseBody()).contains("\"status\":\"REFUND_PENDING\"", "\"route\":\"BALANCE\"");
            List<CaseEvent> events = awaitEvents(topic, caseId, RefundIssued.class, CaseResolved.class);
            assertThat(events).extracting(event -> event.getClass().getSimpleName()).containsExactly(
                    "ExecutionOrderCreated", "RefundRequested", "RefundFailed", "RefundRequested", "RefundIssued",
                    "CaseResolved");
            RefundRequested again = events.stream().filter(RefundRequested.class::isInstance)
                    .map(RefundRequested.class::cast).toList().get(1);
            assertThat(again.route()).isEqualTo(RefundRoute.BALANCE);
            assertThat(again.idempotencyKey()).isEqualTo("refund:" + caseId + ":2");
            assertThat(again.amount()).isEqualTo(com.marketplace.aftersales.contracts.event.Money.of("35.00", "CNY"));
            assertThat(again.actor().role()).isEqualTo(ActorRole.FINANCE);
            assertThat(only(events, RefundIssued.class).refundId()).isEqualTo(again.refundId());
            assertThat(only(events, CaseResolved.class).summary())
                    .isEqualTo("Refunded 35.00 CNY to the marketplace balance");
        }
        assertThat(status(caseId)).contains("REFUNDED");
        assertThat(committed(caseId)).isEqualByComparingTo("35.00");
        assertThat(paymentsUnder("refund:" + caseId + ":1")).singleElement().satisfies(declined -> {
            assertThat(declined.status()).isEqualTo(RefundStatus.FAILED);
            assertThat(declined.route()).isEqualTo(com.marketplace.aftersales.simulators.payment.RefundRoute.ORIGINAL);
        });
        List<LedgerEntry> paid = paymentsUnder("refund:" + caseId + ":2");
        assertThat(paid).singleElement().satisfies(payment -> {
            assertThat(payment.status()).isEqualTo(RefundStatus.SUCCEEDED);
            assertThat(payment.route()).isEqualTo(com.marketplace.aftersales.simulators.payment.RefundRoute.BALANCE);
            assertThat(payment.amount()).isEqualTo("35.00");
            assertThat(payment.calls()).isEqualTo(1);
        });
        assertThat(count(MoneyMetrics.REROUTED, "kind", "refund", "route", "balance")).isEqualTo(reroutedBefore + 1);
        // Once sent again, there is no failed refund to route any more.
        EntityExchangeResult<String> twice = chooseRoute(caseId, financeToken(), "COUPON");
        assertProblem(twice, 409);
        assertThat(twice.getResponseBody()).contains("\"currentStatus\":\"REFUNDED\"");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyOrdersTheRefundOnce() {
        PAYMENTS.behave(SimulatorBehaviour.defaults().withDeclineRoutes(
                Set.of(com.marketplace.aftersales.simulators.payment.RefundRoute.ORIGINAL)));
        UUID caseId = UUID.randomUUID();
        decide(Remedies.refundOnly(caseId, "12.00"));
        awaitStatus(caseId, "REFUND_FAILED");

        String path = PATH.formatted(caseId);
        EntityExchangeResult<String> first = post(path, financeToken(), "{\"route\":\"COUPON\"}", "route-" + caseId);
        EntityExchangeResult<String> retry = post(path, financeToken(), "{\"route\":\"COUPON\"}", "route-" + caseId);
        EntityExchangeResult<String> otherBody = post(path, financeToken(), "{\"route\":\"BALANCE\"}",
                "route-" + caseId);

        assertOk(first);
        assertThat(retry.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(retry.getResponseHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertProblem(otherBody, 422);
        // The declined first refund and the one finance ordered: the retries ordered nothing more.
        assertThat(refunds(caseId)).hasSize(2);
    }

    @Test
    void onlyARefusedPaymentCanBeRoutedAgainAndABlockedOneIsAnAgentsCase() {
        UUID awaitingReturn = UUID.randomUUID();
        decide(Remedies.returnAndRefund(awaitingReturn));
        awaitStatus(awaitingReturn, "AWAITING_RETURN");
        String before = statusAndVersion(awaitingReturn);

        EntityExchangeResult<String> early = chooseRoute(awaitingReturn, financeToken(), "BALANCE");

        assertProblem(early, 409);
        assertThat(early.getResponseBody()).contains("\"currentStatus\":\"AWAITING_RETURN\"");
        assertThat(statusAndVersion(awaitingReturn)).isEqualTo(before);

        String orderId = "order-" + UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID blocked = UUID.randomUUID();
        decide(Remedies.onLine(first, orderId, "line-1", com.marketplace.aftersales.contracts.event.Remedy.REFUND_ONLY,
                Remedies.LINE_PAID, false, null));
        awaitStatus(first, "REFUNDED");
        decide(Remedies.onLine(blocked, orderId, "line-1",
                com.marketplace.aftersales.contracts.event.Remedy.REFUND_ONLY,
                com.marketplace.aftersales.contracts.event.Money.of("1.00", "CNY"), false, null));
        awaitStatus(blocked, "REFUND_BLOCKED");

        EntityExchangeResult<String> onBlocked = chooseRoute(blocked, financeToken(), "BALANCE");

        assertProblem(onBlocked, 409);
        assertThat(onBlocked.getResponseBody()).contains("\"currentStatus\":\"REFUND_BLOCKED\"");
        assertThat(refunds(blocked)).isEmpty();
    }

    @Test
    void onlyFinanceChoosesARouteAndAnUnknownCaseIsNotFound() {
        UUID caseId = UUID.randomUUID();
        decide(Remedies.returnAndRefund(caseId));
        awaitStatus(caseId, "AWAITING_RETURN");
        String before = statusAndVersion(caseId);

        assertProblem(chooseRoute(caseId, null, "BALANCE"), 401);
        assertProblem(chooseRoute(caseId, customerToken(), "BALANCE"), 403);
        assertProblem(chooseRoute(caseId, merchantToken(), "BALANCE"), 403);
        assertProblem(chooseRoute(caseId, TestTokens.staff("agent-1", "AGENT"), "BALANCE"), 403);
        assertProblem(chooseRoute(caseId, TestTokens.staff("boss-1", "SUPERVISOR"), "BALANCE"), 403);
        assertProblem(chooseRoute(UUID.randomUUID(), financeToken(), "BALANCE"), 404);
        assertThat(statusAndVersion(caseId)).isEqualTo(before);
    }
}
