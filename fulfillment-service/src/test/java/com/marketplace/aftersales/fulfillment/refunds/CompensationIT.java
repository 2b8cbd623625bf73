package com.marketplace.aftersales.fulfillment.refunds;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.fulfillment.CaseResolved;
import com.marketplace.aftersales.contracts.fulfillment.CompensationPaid;
import com.marketplace.aftersales.contracts.fulfillment.RefundFailed;
import com.marketplace.aftersales.contracts.fulfillment.RefundRoute;
import com.marketplace.aftersales.fulfillment.FulfillmentIntegrationTest;
import com.marketplace.aftersales.fulfillment.support.Remedies;
import com.marketplace.aftersales.simulators.SimulatorBehaviour;
import com.marketplace.aftersales.simulators.payment.RefundStatus;
import com.marketplace.aftersales.testsupport.TopicProbe;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Compensation is paid through the same payment provider and worker as refunds, under its own keys, and counts
 * against the same ceiling: what was paid for the order line.
 */
class CompensationIT extends FulfillmentIntegrationTest {

    private static final com.marketplace.aftersales.simulators.payment.RefundRoute SIM_BALANCE =
            com.marketplace.aftersales.simulators.payment.RefundRoute.BALANCE;

    @Test
    void compensationIsPaidOnceToTheConfiguredRouteAndResolvesTheCase() {
        UUID caseId = UUID.randomUUID();
        double paidBefore = count(MoneyMetrics.COMPENSATION_PAID);
        try (TopicProbe topic = fulfillmentTopic()) {
            decide(Remedies.compensation(caseId, "18.00"));

            List<CaseEvent> events = awaitEvents(topic, caseId, CompensationPaid.class, CaseResolved.class);
            assertThat(events).extracting(event -> event.getClass().getSimpleName())
                    .containsExactly("ExecutionOrderCreated", "CompensationPaid", "CaseResolved");
            CompensationPaid paid = only(events, CompensationPaid.class);
            assertThat(paid.amount()).isEqualTo(Money.of("18.00", "CNY"));
            assertThat(paid.route()).isEqualTo(RefundRoute.BALANCE);
            assertThat(paid.providerRefundId()).isEqualTo(paymentsUnder(compensationKey(caseId, 1)).get(0).refundId());
            assertThat(only(events, CaseResolved.class).summary())
                    .isEqualTo("Paid 18.00 CNY compensation to the marketplace balance");
        }
        assertThat(status(caseId)).contains("COMPENSATED");
        assertThat(paymentsUnder(compensationKey(caseId, 1))).singleElement().satisfies(payment -> {
            assertThat(payment.amount()).isEqualTo("18.00");
            assertThat(payment.route()).isEqualTo(SIM_BALANCE);
            assertThat(payment.calls()).isEqualTo(1);
        });
        assertThat(refunds(caseId)).singleElement().satisfies(row -> assertThat(row.get("kind"))
                .isEqualTo("COMPENSATION"));
        assertThat(committed(caseId)).isEqualByComparingTo("18.00");
        assertThat(count(MoneyMetrics.COMPENSATION_PAID)).isEqualTo(paidBefore + 1);
    }

    @Test
    void aRefundAndACompensationArePaidOneAfterTheOtherAndCountedTogether() {
        UUID caseId = UUID.randomUUID();
        try (TopicProbe topic = fulfillmentTopic()) {
            decide(Remedies.money(caseId, Remedy.REFUND_ONLY, Money.of("100.00", "CNY"), Money.of("29.00", "CNY")));

            List<CaseEvent> events = awaitEvents(topic, caseId, CompensationPaid.class, CaseResolved.class);
            assertThat(events).extracting(event -> event.getClass().getSimpleName()).containsExactly(
                    "ExecutionOrderCreated", "RefundRequested", "RefundIssued", "CompensationPaid", "CaseResolved");
            assertThat(only(events, CaseResolved.class).summary())
                    .isEqualTo("Refunded 100.00 CNY and paid 29.00 CNY compensation to the marketplace balance");
        }
        assertThat(status(caseId)).contains("COMPENSATED");
        assertThat(paymentsUnder(refundKey(caseId))).singleElement();
        assertThat(paymentsUnder(compensationKey(caseId, 1))).singleElement();
        // All that was paid for the line, and not a cent more.
        assertThat(committed(caseId)).isEqualByComparingTo("129.00");
    }

    @Test
    void compensationCountsAgainstTheLinesCeilingWithItsRefunds() {
        String orderId = "order-" + UUID.randomUUID();
        UUID refunded = UUID.randomUUID();
        UUID compensated = UUID.randomUUID();
        decide(Remedies.onLine(refunded, orderId, "line-1", Remedy.REFUND_ONLY, Money.of("120.00", "CNY"), false,
                null));
        awaitStatus(refunded, "REFUNDED");

        try (TopicProbe topic = fulfillmentTopic()) {
            // 120.00 of the line's 129.00 went back already; 18.00 of compensation would make 138.00.
            decide(onLine(compensated, orderId, Money.of("18.00", "CNY")));

            RefundFailed blocked = only(awaitEvents(topic, compensated, RefundFailed.class), RefundFailed.class);
            assertThat(blocked.reason()).startsWith(PayoutRequests.LINE_CEILING_REACHED);
            assertThat(blocked.amount()).isEqualTo(Money.of("18.00", "CNY"));
        }
        assertThat(status(compensated)).contains("REFUND_BLOCKED");
        assertThat(refunds(compensated)).isEmpty();
        assertThat(paymentsUnder(compensationKey(compensated, 1))).isEmpty();
        assertThat(committed(compensated)).isEqualByComparingTo("120.00");

        // What fits is paid: 9.00 is exactly what is left of the line.
        UUID fits = UUID.randomUUID();
        decide(onLine(fits, orderId, Money.of("9.00", "CNY")));
        awaitStatus(fits, "COMPENSATED");
        assertThat(committed(fits)).isEqualByComparingTo("129.00");
    }

    @Test
    void aDeclinedPayoutIsReleasedAndFinanceSendsItAsACoupon() {
        PAYMENTS.behave(SimulatorBehaviour.defaults().withDeclineRoutes(Set.of(SIM_BALANCE)));
        UUID caseId = UUID.randomUUID();
        try (TopicProbe topic = fulfillmentTopic()) {
            decide(Remedies.compensation(caseId, "18.00"));

            RefundFailed failed = only(awaitEvents(topic, caseId, RefundFailed.class), RefundFailed.class);
            assertThat(failed.reason()).startsWith("COMPENSATION_PAYOUT_FAILED: ");
            awaitStatus(caseId, "COMPENSATION_FAILED");
            assertThat(committed(caseId)).isEqualByComparingTo("0.00");

            assertOk(chooseRoute(caseId, financeToken(), "COUPON"));

            CompensationPaid paid = only(awaitEvents(topic, caseId, CompensationPaid.class), CompensationPaid.class);
            assertThat(paid.route()).isEqualTo(RefundRoute.COUPON);
        }
        awaitStatus(caseId, "COMPENSATED");
        assertThat(paymentsUnder(compensationKey(caseId, 1))).singleElement()
                .satisfies(payment -> assertThat(payment.status()).isEqualTo(RefundStatus.FAILED));
        assertThat(paymentsUnder(compensationKey(caseId, 2))).singleElement()
                .satisfies(payment -> assertThat(payment.status()).isEqualTo(RefundStatus.SUCCEEDED));
        assertThat(committed(caseId)).isEqualByComparingTo("18.00");
    }

    private static com.marketplace.aftersales.contracts.diagnosis.RemedyDecided onLine(UUID caseId, String orderId,
                                                                                      Money compensation) {
        var plan = Remedies.compensation(caseId, compensation.amount().toPlainString());
        return new com.marketplace.aftersales.contracts.diagnosis.RemedyDecided(caseId, plan.remedy(), null,
                compensation, plan.linePaid(), false, null, plan.customerId(), plan.merchantId(), orderId, "line-1",
                plan.serviceNo(), plan.actor());
    }

    private static String compensationKey(UUID caseId, int sequence) {
        return "compensation:" + caseId + ":" + sequence;
    }
}
