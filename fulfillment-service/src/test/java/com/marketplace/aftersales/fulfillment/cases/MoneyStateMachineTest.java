package com.marketplace.aftersales.fulfillment.cases;

import static com.marketplace.aftersales.fulfillment.cases.CaseFixtures.FINANCE;
import static com.marketplace.aftersales.fulfillment.cases.CaseFixtures.assertRefused;
import static com.marketplace.aftersales.fulfillment.cases.CaseFixtures.inTransit;
import static com.marketplace.aftersales.fulfillment.cases.CaseFixtures.received;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.fulfillment.CaseResolved;
import com.marketplace.aftersales.contracts.fulfillment.CompensationPaid;
import com.marketplace.aftersales.contracts.fulfillment.RefundFailed;
import com.marketplace.aftersales.contracts.fulfillment.RefundIssued;
import com.marketplace.aftersales.contracts.fulfillment.RefundRequested;
import com.marketplace.aftersales.contracts.fulfillment.RefundRoute;
import com.marketplace.aftersales.fulfillment.support.Remedies;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The money part of the state machine: a refund, a compensation payout, or both (the refund first), their failures
 * and finance's new route, the automatic refund of a return nobody confirmed.
 */
class MoneyStateMachineTest {

    private static final UUID PAYMENT = UUID.randomUUID();
    private static final Money EIGHTEEN = Money.of("18.00", "CNY");
    private static final Money FORTY = Money.of("40.00", "CNY");

    private final UUID caseId = UUID.randomUUID();

    @Test
    void compensationAloneIsOrderedAtOnceAndResolvesTheCaseWhenPaid() {
        FulfillmentCase opened = FulfillmentCase.open(Remedies.compensation(caseId, "18.00"));
        assertThat(opened.moneyDue()).isTrue();
        assertThat(opened.plannedMoney()).isEqualTo(EIGHTEEN);
        assertRefused(opened, c -> c.requestRefund(PAYMENT, "k", RefundRoute.ORIGINAL, Actors.SYSTEM),
                FulfillmentStatus.OPENED);

        Transition requested = opened.requestCompensation();
        assertThat(requested.next().status()).isEqualTo(FulfillmentStatus.COMPENSATION_PENDING);
        assertThat(requested.events()).isEmpty();

        Transition paid = requested.next().compensationPaid(EIGHTEEN, RefundRoute.BALANCE, "provider-7",
                Actors.SYSTEM);
        assertThat(paid.next().status()).isEqualTo(FulfillmentStatus.COMPENSATED);
        assertThat(paid.events()).containsExactly(
                new CompensationPaid(caseId, EIGHTEEN, RefundRoute.BALANCE, "provider-7", Actors.SYSTEM),
                new CaseResolved(caseId, Remedy.COMPENSATION, "Paid 18.00 CNY compensation to the marketplace balance",
                        Actors.SYSTEM));
        assertThat(paid.next().status().isFinal()).isTrue();
    }

    @Test
    void aPlanWithARefundAndACompensationPaysTheRefundFirstAndResolvesOnlyWhenBothArePaid() {
        FulfillmentCase opened = FulfillmentCase.open(Remedies.money(caseId, Remedy.REFUND_ONLY, FORTY, EIGHTEEN));
        assertThat(opened.plannedMoney()).isEqualTo(Money.of("58.00", "CNY"));
        assertThat(opened.compensationDue()).as("the refund goes first").isFalse();

        FulfillmentCase pending = opened.requestRefund(PAYMENT, "refund:" + caseId + ":1", RefundRoute.ORIGINAL,
                Actors.SYSTEM).next();
        Transition refunded = pending.refundIssued(PAYMENT, FORTY, RefundRoute.ORIGINAL, "p-1", null, Actors.SYSTEM);

        assertThat(refunded.events()).singleElement().isInstanceOf(RefundIssued.class);
        assertThat(refunded.next().status()).isEqualTo(FulfillmentStatus.REFUNDED);
        assertThat(refunded.next().compensationDue()).isTrue();

        Transition paid = refunded.next().requestCompensation().next()
                .compensationPaid(EIGHTEEN, RefundRoute.BALANCE, "p-2", Actors.SYSTEM);
        assertThat(paid.events()).containsExactly(
                new CompensationPaid(caseId, EIGHTEEN, RefundRoute.BALANCE, "p-2", Actors.SYSTEM),
                new CaseResolved(caseId, Remedy.REFUND_ONLY,
                        "Refunded 40.00 CNY and paid 18.00 CNY compensation to the marketplace balance",
                        Actors.SYSTEM));
    }

    @Test
    void aPartialRefundIsPaidAtOnceLikeARefundOnly() {
        FulfillmentCase opened = FulfillmentCase.open(Remedies.partialRefund(caseId, "20.00"));

        Transition requested = opened.requestRefund(PAYMENT, "refund:" + caseId + ":1", RefundRoute.ORIGINAL,
                Actors.SYSTEM);

        assertThat(requested.next().status()).isEqualTo(FulfillmentStatus.REFUND_PENDING);
        assertThat(((RefundRequested) requested.events().get(0)).amount()).isEqualTo(Money.of("20.00", "CNY"));
    }

    @Test
    void aRefusedRefundIsSentAgainOnTheRouteFinanceChoseNeverWhileBlockedOrPending() {
        FulfillmentCase pending = FulfillmentCase.open(Remedies.refundOnly(caseId, "35.00"))
                .requestRefund(PAYMENT, "refund:" + caseId + ":1", RefundRoute.ORIGINAL, Actors.SYSTEM).next();
        assertRefused(pending, c -> c.rerouteRefund(PAYMENT, "k", RefundRoute.BALANCE, FINANCE),
                FulfillmentStatus.REFUND_PENDING);
        assertRefused(pending, c -> {
            c.reroutablePayout();
            return null;
        }, FulfillmentStatus.REFUND_PENDING);

        FulfillmentCase failed = pending.refundFailed(PAYMENT, Money.of("35.00", "CNY"), RefundRoute.ORIGINAL,
                "CARD_CLOSED", Actors.SYSTEM).next();
        assertThat(failed.reroutablePayout()).isEqualTo(PayoutKind.REFUND);

        UUID second = UUID.randomUUID();
        Transition rerouted = failed.rerouteRefund(second, "refund:" + caseId + ":2", RefundRoute.BALANCE, FINANCE);
        assertThat(rerouted.next().status()).isEqualTo(FulfillmentStatus.REFUND_PENDING);
        assertThat(rerouted.events()).containsExactly(new RefundRequested(caseId, second, "refund:" + caseId + ":2",
                Money.of("35.00", "CNY"), RefundRoute.BALANCE, FINANCE));

        FulfillmentCase blocked = FulfillmentCase.open(Remedies.refundOnly(caseId, "35.00"))
                .moneyBlocked(PAYMENT, Money.of("35.00", "CNY"), RefundRoute.ORIGINAL, "LINE", Actors.SYSTEM).next();
        assertRefused(blocked, c -> c.rerouteRefund(second, "k", RefundRoute.BALANCE, FINANCE),
                FulfillmentStatus.REFUND_BLOCKED);
    }

    @Test
    void aRefusedCompensationIsAnnouncedAsAFailedPaymentAndCanBeSentOnAnotherRoute() {
        FulfillmentCase pending = FulfillmentCase.open(Remedies.compensation(caseId, "18.00")).requestCompensation()
                .next();

        Transition failed = pending.compensationFailed(PAYMENT, EIGHTEEN, RefundRoute.BALANCE, "ACCOUNT_FROZEN",
                Actors.SYSTEM);

        assertThat(failed.next().status()).isEqualTo(FulfillmentStatus.COMPENSATION_FAILED);
        assertThat(failed.events()).containsExactly(new RefundFailed(caseId, PAYMENT, EIGHTEEN, RefundRoute.BALANCE,
                "COMPENSATION_PAYOUT_FAILED: ACCOUNT_FROZEN", Actors.SYSTEM));
        assertThat(failed.next().reroutablePayout()).isEqualTo(PayoutKind.COMPENSATION);
        Transition rerouted = failed.next().rerouteCompensation();
        assertThat(rerouted.next().status()).isEqualTo(FulfillmentStatus.COMPENSATION_PENDING);
        assertThat(rerouted.events()).isEmpty();
    }

    @Test
    void aReturnNobodyConfirmedIsRefundedOnlyWhileInTransitAndOnlyWhenThePlanRefunds() {
        FulfillmentCase inTransit = inTransit(FulfillmentCase.open(Remedies.returnAndRefund(caseId)));
        assertThat(inTransit.refundWithoutReceiptDue()).isTrue();

        Transition refunded = inTransit.refundWithoutReceipt(PAYMENT, "refund:" + caseId + ":1", RefundRoute.ORIGINAL,
                Actors.SYSTEM);
        assertThat(refunded.next().status()).isEqualTo(FulfillmentStatus.REFUND_PENDING);
        assertThat(refunded.events()).containsExactly(new RefundRequested(caseId, PAYMENT, "refund:" + caseId + ":1",
                Remedies.LINE_PAID, RefundRoute.ORIGINAL, Actors.SYSTEM));
        Transition issued = refunded.next().refundIssued(PAYMENT, Remedies.LINE_PAID, RefundRoute.ORIGINAL, "p",
                "refunded automatically: the merchant did not confirm receipt", Actors.SYSTEM);
        assertThat(((CaseResolved) issued.events().get(1)).summary()).isEqualTo("Refunded 129.00 CNY to the original"
                + " payment account; refunded automatically: the merchant did not confirm receipt");

        FulfillmentCase received = received(FulfillmentCase.open(Remedies.returnAndRefund(caseId)));
        assertThat(received.refundWithoutReceiptDue()).isFalse();
        assertRefused(received, c -> c.refundWithoutReceipt(PAYMENT, "k", RefundRoute.ORIGINAL, Actors.SYSTEM),
                FulfillmentStatus.RETURN_RECEIVED);
        FulfillmentCase exchangeInTransit = inTransit(FulfillmentCase.open(Remedies.exchange(caseId)));
        assertThat(exchangeInTransit.refundWithoutReceiptDue()).isFalse();
    }

    @Test
    void moneyIsDueOnlyAtThePlansPaymentPoint() {
        FulfillmentCase returnAndRefund = FulfillmentCase.open(Remedies.returnAndRefund(caseId));
        assertThat(returnAndRefund.moneyDue()).as("the goods come back first").isFalse();
        assertThat(CaseFixtures.passedInspection(returnAndRefund).moneyDue()).isTrue();
        assertThat(FulfillmentCase.open(Remedies.reship(caseId)).moneyDue()).as("a reship pays nothing").isFalse();
        assertRefused(FulfillmentCase.open(Remedies.refundOnly(caseId, "1.00")), FulfillmentCase::requestCompensation,
                FulfillmentStatus.OPENED);
    }
}
