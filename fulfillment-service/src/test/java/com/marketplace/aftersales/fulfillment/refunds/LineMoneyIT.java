package com.marketplace.aftersales.fulfillment.refunds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.fulfillment.ExecutionOrderCreated;
import com.marketplace.aftersales.contracts.fulfillment.InspectionCompleted;
import com.marketplace.aftersales.contracts.fulfillment.RefundFailed;
import com.marketplace.aftersales.contracts.fulfillment.RefundRequested;
import com.marketplace.aftersales.fulfillment.FulfillmentIntegrationTest;
import com.marketplace.aftersales.fulfillment.cases.Actors;
import com.marketplace.aftersales.fulfillment.cases.FulfillmentCase;
import com.marketplace.aftersales.fulfillment.cases.FulfillmentCases;
import com.marketplace.aftersales.fulfillment.support.Remedies;
import com.marketplace.aftersales.testsupport.TopicProbe;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * The refund ceiling is the order line's: every case of a line draws on what was paid for it, and the database, not
 * the code, is what finally refuses paying out more.
 */
class LineMoneyIT extends FulfillmentIntegrationTest {

    @Autowired
    FulfillmentCases cases;

    @Autowired
    LineMoney money;

    @Autowired
    PayoutRequests payouts;

    @Autowired
    ReactiveTransactionManager transactionManager;

    @Test
    void theDatabaseRefusesCommittingMoreThanTheLinePaidOrLessThanNothing() {
        String orderId = newOrderId();
        money.open(orderId, "line-1", Remedies.LINE_PAID)
                .as(TransactionalOperator.create(transactionManager)::transactional).block();

        assertThatThrownBy(() -> setCommitted(orderId, "129.01"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("line_money_committed_within_line_paid");
        assertThatThrownBy(() -> setCommitted(orderId, "-0.01"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("line_money_committed_within_line_paid");
        setCommitted(orderId, "129.00");
        assertThat(committedOnLine(orderId)).isEqualByComparingTo("129.00");
    }

    @Test
    void aSecondCaseOnTheSameLineCannotRefundWhatTheFirstAlreadyRefunded() {
        String orderId = newOrderId();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        double blockedBefore = count(MoneyMetrics.BLOCKED);
        try (TopicProbe topic = fulfillmentTopic()) {
            decide(Remedies.onLine(first, orderId, "line-1", Remedy.REFUND_ONLY, Money.of("100.00", "CNY"), false,
                    null));
            awaitStatus(first, "REFUNDED");

            // 100.00 of the 129.00 paid went back with the first case; 50.00 more would be 150.00.
            decide(Remedies.onLine(second, orderId, "line-1", Remedy.REFUND_ONLY, Money.of("50.00", "CNY"), false,
                    null));

            List<CaseEvent> events = awaitEvents(topic, second, RefundFailed.class);
            assertThat(events).extracting(event -> event.getClass().getSimpleName())
                    .containsExactly("ExecutionOrderCreated", "RefundFailed");
            RefundFailed blocked = only(events, RefundFailed.class);
            assertThat(blocked.amount()).isEqualTo(Money.of("50.00", "CNY"));
            assertThat(blocked.reason()).startsWith(PayoutRequests.LINE_CEILING_REACHED);
        }
        assertThat(status(second)).contains("REFUND_BLOCKED");
        // Nothing of the refused refund was written: no refund row, nothing more committed, nothing paid.
        assertThat(refunds(second)).isEmpty();
        assertThat(committed(second)).isEqualByComparingTo("100.00");
        assertThat(paymentsUnder(refundKey(second))).isEmpty();
        assertThat(count(MoneyMetrics.BLOCKED)).isEqualTo(blockedBefore + 1);
    }

    @Test
    void aReturnThatPassesInspectionOnAnExhaustedLineIsBlockedForAnAgent() {
        String orderId = newOrderId();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        decide(Remedies.onLine(first, orderId, "line-1", Remedy.REFUND_ONLY, Remedies.LINE_PAID, false, null));
        awaitStatus(first, "REFUNDED");
        decide(Remedies.onLine(second, orderId, "line-1", Remedy.RETURN_REFUND, Remedies.LINE_PAID, true,
                Remedies.WAREHOUSE));
        awaitStatus(second, "AWAITING_RETURN");
        shipReturn(second, customerToken(), SHIPMENT);
        confirmReceipt(second, warehouseToken());

        try (TopicProbe topic = fulfillmentTopic()) {
            EntityExchangeResult<String> inspected = inspect(second, merchantToken(), "PASSED");

            assertThat(inspected.getStatus().value()).as(inspected.getResponseBody()).isEqualTo(200);
            assertThat(inspected.getResponseBody()).contains("\"status\":\"REFUND_BLOCKED\"");
            List<CaseEvent> events = awaitEvents(topic, second, InspectionCompleted.class, RefundFailed.class);
            assertThat(events).noneMatch(RefundRequested.class::isInstance);
        }
        assertThat(status(second)).contains("REFUND_BLOCKED");
        assertThat(refunds(second)).isEmpty();
        assertThat(committed(second)).isEqualByComparingTo("129.00");
    }

    @Test
    void aRefundThatFitsIsCommittedWithItsRowAndItsEvent() {
        UUID caseId = UUID.randomUUID();
        FulfillmentCase opened = FulfillmentCase.open(Remedies.remedy(caseId, Remedy.REFUND_ONLY,
                Money.of("129.00", "CNY"), false, null));
        cases.insert(opened)
                .then(money.open(opened.orderId(), opened.orderLineId(), Remedies.LINE_PAID))
                .as(TransactionalOperator.create(transactionManager)::transactional)
                .block();

        try (TopicProbe topic = fulfillmentTopic()) {
            payouts.orderMoney(opened, Actors.SYSTEM)
                    .flatMap(cases::save)
                    .as(TransactionalOperator.create(transactionManager)::transactional)
                    .block();

            awaitEvents(topic, caseId, RefundRequested.class);
        }
        assertThat(committed(caseId)).isEqualByComparingTo("129.00");
        assertThat(refunds(caseId)).singleElement()
                .satisfies(row -> assertThat(row.get("idempotency_key")).isEqualTo(refundKey(caseId)));
        awaitStatus(caseId, "REFUNDED");
    }

    @Test
    void aRemedyForAnotherLineOfTheSameOrderHasItsOwnCeiling() {
        String orderId = newOrderId();
        UUID first = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        decide(Remedies.onLine(first, orderId, "line-1", Remedy.REFUND_ONLY, Remedies.LINE_PAID, false, null));
        awaitStatus(first, "REFUNDED");

        try (TopicProbe topic = fulfillmentTopic()) {
            decide(Remedies.onLine(other, orderId, "line-2", Remedy.REFUND_ONLY, Remedies.LINE_PAID, false, null));
            List<CaseEvent> events = awaitEvents(topic, other, ExecutionOrderCreated.class, RefundRequested.class);
            assertThat(events).noneMatch(RefundFailed.class::isInstance);
        }
        awaitStatus(other, "REFUNDED");
    }

    private static String newOrderId() {
        return "order-" + UUID.randomUUID();
    }

    private void setCommitted(String orderId, String amount) {
        db.sql("update line_money set committed = :amount where order_id = :orderId and order_line_id = 'line-1'")
                .bind("amount", new BigDecimal(amount)).bind("orderId", orderId)
                .then().block();
    }

    private BigDecimal committedOnLine(String orderId) {
        return db.sql("select committed from line_money where order_id = :orderId and order_line_id = 'line-1'")
                .bind("orderId", orderId)
                .map((row, meta) -> row.get("committed", BigDecimal.class)).one().block();
    }
}
