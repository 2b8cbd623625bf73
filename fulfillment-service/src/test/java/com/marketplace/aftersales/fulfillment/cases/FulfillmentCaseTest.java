package com.marketplace.aftersales.fulfillment.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.Channel;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.fulfillment.CaseAbandoned;
import com.marketplace.aftersales.contracts.fulfillment.CaseResolved;
import com.marketplace.aftersales.contracts.fulfillment.InspectionCompleted;
import com.marketplace.aftersales.contracts.fulfillment.InspectionResult;
import com.marketplace.aftersales.contracts.fulfillment.RefundFailed;
import com.marketplace.aftersales.contracts.fulfillment.RefundIssued;
import com.marketplace.aftersales.contracts.fulfillment.RefundRequested;
import com.marketplace.aftersales.contracts.fulfillment.RefundRoute;
import com.marketplace.aftersales.contracts.fulfillment.ReturnAuthorized;
import com.marketplace.aftersales.contracts.fulfillment.ReturnReceived;
import com.marketplace.aftersales.contracts.fulfillment.ReturnShipped;
import com.marketplace.aftersales.fulfillment.support.Remedies;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class FulfillmentCaseTest {

    private static final Actor CUSTOMER = new Actor(Remedies.CUSTOMER, ActorRole.CUSTOMER, Channel.PERSONAL_CENTRE);
    private static final Actor WAREHOUSE = new Actor("clerk-1", ActorRole.WAREHOUSE, Channel.WAREHOUSE_CONSOLE);
    private static final Actor MERCHANT = new Actor("merchant-user", ActorRole.MERCHANT, Channel.MERCHANT_CONSOLE);
    private static final UUID REFUND_ID = UUID.randomUUID();

    private final UUID caseId = UUID.randomUUID();

    @Test
    void aReturnWalksFromAuthorizationToTheRefundAndResolution() {
        FulfillmentCase opened = FulfillmentCase.open(Remedies.returnAndRefund(caseId));
        assertThat(opened.status()).isEqualTo(FulfillmentStatus.OPENED);

        Transition authorized = opened.authorizeReturn("No. 8 Logistics Road", Actors.SYSTEM);
        assertThat(authorized.next().status()).isEqualTo(FulfillmentStatus.AWAITING_RETURN);
        assertThat(authorized.events()).singleElement().isEqualTo(
                new ReturnAuthorized(caseId, Remedies.WAREHOUSE, "No. 8 Logistics Road", Actors.SYSTEM));

        Transition shipped = authorized.next().shipReturn("SF", "SF1234567890", CUSTOMER);
        assertThat(shipped.next().status()).isEqualTo(FulfillmentStatus.RETURN_IN_TRANSIT);
        assertThat(shipped.next().returnShipment()).isEqualTo(
                new FulfillmentCase.ReturnShipment("SF", "SF1234567890"));
        assertThat(shipped.events()).singleElement().isEqualTo(
                new ReturnShipped(caseId, "SF", "SF1234567890", CUSTOMER));

        Transition received = shipped.next().receiveReturn("box intact", WAREHOUSE);
        assertThat(received.next().status()).isEqualTo(FulfillmentStatus.RETURN_RECEIVED);
        assertThat(received.events()).singleElement().isEqualTo(
                new ReturnReceived(caseId, Remedies.WAREHOUSE, "box intact", WAREHOUSE));

        Transition refundRequested = received.next().inspect(InspectionResult.PASSED, "as new", MERCHANT)
                .then(inspected -> inspected.requestRefund(REFUND_ID, "refund:" + caseId + ":1", RefundRoute.ORIGINAL,
                        Actors.SYSTEM));
        assertThat(refundRequested.next().status()).isEqualTo(FulfillmentStatus.REFUND_PENDING);
        assertThat(refundRequested.events()).containsExactly(
                new InspectionCompleted(caseId, InspectionResult.PASSED, "as new", MERCHANT),
                new RefundRequested(caseId, REFUND_ID, "refund:" + caseId + ":1", Remedies.LINE_PAID,
                        RefundRoute.ORIGINAL, Actors.SYSTEM));

        Transition refunded = refundRequested.next().refundIssued(REFUND_ID, Remedies.LINE_PAID, RefundRoute.ORIGINAL,
                "provider-1", null, Actors.SYSTEM);
        assertThat(refunded.next().status()).isEqualTo(FulfillmentStatus.REFUNDED);
        assertThat(refunded.events()).containsExactly(
                new RefundIssued(caseId, REFUND_ID, Remedies.LINE_PAID, RefundRoute.ORIGINAL, "provider-1",
                        Actors.SYSTEM),
                new CaseResolved(caseId, Remedy.RETURN_REFUND,
                        "Refunded 129.00 CNY to the original payment account", Actors.SYSTEM));
    }

    @Test
    void aFailedInspectionHandsTheCaseOverWithoutARefund() {
        FulfillmentCase received = receivedReturn();

        Transition failed = received.inspect(InspectionResult.FAILED, "water damage", MERCHANT);

        assertThat(failed.next().status()).isEqualTo(FulfillmentStatus.INSPECTION_FAILED);
        assertThat(failed.events()).singleElement().isInstanceOf(InspectionCompleted.class);
        assertRefused(failed.next(), c -> c.requestRefund(REFUND_ID, "k", RefundRoute.ORIGINAL, Actors.SYSTEM),
                FulfillmentStatus.INSPECTION_FAILED);
    }

    @Test
    void stepsOutOfOrderAreRefusedNamingTheCurrentStatus() {
        FulfillmentCase awaiting = awaitingReturn();
        assertRefused(awaiting, c -> c.receiveReturn(null, WAREHOUSE), FulfillmentStatus.AWAITING_RETURN);
        assertRefused(awaiting, c -> c.inspect(InspectionResult.PASSED, null, MERCHANT),
                FulfillmentStatus.AWAITING_RETURN);
        assertRefused(awaiting, c -> c.requestRefund(REFUND_ID, "k", RefundRoute.ORIGINAL, Actors.SYSTEM),
                FulfillmentStatus.AWAITING_RETURN);
        assertRefused(awaiting, c -> c.refundIssued(REFUND_ID, Remedies.LINE_PAID, RefundRoute.ORIGINAL, "p", null,
                Actors.SYSTEM), FulfillmentStatus.AWAITING_RETURN);

        FulfillmentCase inTransit = awaiting.shipReturn("SF", "SF1234567890", CUSTOMER).next();
        assertRefused(inTransit, c -> c.shipReturn("YTO", "YT1234567", CUSTOMER), FulfillmentStatus.RETURN_IN_TRANSIT);
        assertRefused(inTransit, c -> c.authorizeReturn("elsewhere", Actors.SYSTEM),
                FulfillmentStatus.RETURN_IN_TRANSIT);
    }

    @Test
    void aRefundWithoutReturnIsRequestedStraightFromTheOpenedCase() {
        FulfillmentCase opened = FulfillmentCase.open(Remedies.refundOnly(caseId, "35.00"));

        Transition requested = opened.requestRefund(REFUND_ID, "refund:" + caseId + ":1", RefundRoute.ORIGINAL,
                Actors.SYSTEM);

        assertThat(requested.next().status()).isEqualTo(FulfillmentStatus.REFUND_PENDING);
        assertThat(((RefundRequested) requested.events().get(0)).amount()).isEqualTo(Money.of("35.00", "CNY"));
        assertRefused(opened, c -> c.authorizeReturn("somewhere", Actors.SYSTEM), FulfillmentStatus.OPENED);
    }

    @Test
    void aCaseThatNeedsTheGoodsBackIsNotRefundedBeforeTheyPassInspection() {
        FulfillmentCase opened = FulfillmentCase.open(Remedies.returnAndRefund(caseId));

        assertRefused(opened, c -> c.requestRefund(REFUND_ID, "k", RefundRoute.ORIGINAL, Actors.SYSTEM),
                FulfillmentStatus.OPENED);
    }

    @Test
    void remediesThatPayNoMoneyBackNeverRequestARefund() {
        FulfillmentCase reship = FulfillmentCase.open(Remedies.remedy(caseId, Remedy.RESHIP, null, false, null));

        assertThat(reship.paysMoney()).isFalse();
        assertRefused(reship, c -> c.requestRefund(REFUND_ID, "k", RefundRoute.ORIGINAL, Actors.SYSTEM),
                FulfillmentStatus.OPENED);
    }

    @Test
    void aDeclinedRefundLeavesTheCaseRefundFailed() {
        FulfillmentCase pending = FulfillmentCase.open(Remedies.refundOnly(caseId, "35.00"))
                .requestRefund(REFUND_ID, "k", RefundRoute.ORIGINAL, Actors.SYSTEM).next();

        Transition failed = pending.refundFailed(REFUND_ID, Money.of("35.00", "CNY"), RefundRoute.ORIGINAL,
                "CARD_CLOSED", Actors.SYSTEM);

        assertThat(failed.next().status()).isEqualTo(FulfillmentStatus.REFUND_FAILED);
        assertThat(failed.events()).containsExactly(new RefundFailed(caseId, REFUND_ID, Money.of("35.00", "CNY"),
                RefundRoute.ORIGINAL, "CARD_CLOSED", Actors.SYSTEM));
        assertRefused(failed.next(), c -> c.refundIssued(REFUND_ID, Money.of("35.00", "CNY"), RefundRoute.ORIGINAL,
                "p", null, Actors.SYSTEM), FulfillmentStatus.REFUND_FAILED);
    }

    @Test
    void aRefundTheLinesCeilingRefusesBlocksTheCaseForAnAgentAndAnnouncesItAsFailed() {
        FulfillmentCase inspected = receivedReturn().inspect(InspectionResult.PASSED, null, MERCHANT).next();

        Transition blocked = inspected.moneyBlocked(REFUND_ID, Remedies.LINE_PAID, RefundRoute.ORIGINAL,
                "LINE_REFUND_CEILING_REACHED", Actors.SYSTEM);

        assertThat(blocked.next().status()).isEqualTo(FulfillmentStatus.REFUND_BLOCKED);
        assertThat(blocked.events()).containsExactly(new RefundFailed(caseId, REFUND_ID, Remedies.LINE_PAID,
                RefundRoute.ORIGINAL, "LINE_REFUND_CEILING_REACHED", Actors.SYSTEM));
        assertThat(blocked.next().nothingMovedYet()).isFalse();
        assertRefused(blocked.next(), c -> c.requestRefund(REFUND_ID, "k", RefundRoute.ORIGINAL, Actors.SYSTEM),
                FulfillmentStatus.REFUND_BLOCKED);
        assertRefused(awaitingReturn(), c -> c.moneyBlocked(REFUND_ID, Remedies.LINE_PAID, RefundRoute.ORIGINAL, "x",
                Actors.SYSTEM), FulfillmentStatus.AWAITING_RETURN);
    }

    @Test
    void aWithdrawalCancelsOnlyWhileNothingHasMoved() {
        FulfillmentCase awaiting = awaitingReturn();
        Transition cancelled = awaiting.cancel();
        assertThat(cancelled.next().status()).isEqualTo(FulfillmentStatus.CANCELLED);
        assertThat(cancelled.events()).isEmpty();
        assertThat(FulfillmentCase.open(Remedies.returnAndRefund(caseId)).cancel().next().status())
                .isEqualTo(FulfillmentStatus.CANCELLED);

        FulfillmentCase inTransit = awaiting.shipReturn("SF", "SF1234567890", CUSTOMER).next();
        assertRefused(inTransit, FulfillmentCase::cancel, FulfillmentStatus.RETURN_IN_TRANSIT);
        assertRefused(cancelled.next(), c -> c.shipReturn("SF", "SF1234567890", CUSTOMER),
                FulfillmentStatus.CANCELLED);
    }

    @Test
    void aReturnNeverShippedIsAbandonedWithoutMoneyButAShippedOneNeverIs() {
        Transition abandoned = awaitingReturn().abandon("The customer did not ship the return in time", Actors.SYSTEM);

        assertThat(abandoned.next().status()).isEqualTo(FulfillmentStatus.ABANDONED);
        assertThat(abandoned.next().status().isFinal()).isTrue();
        assertThat(abandoned.events()).containsExactly(new CaseAbandoned(caseId,
                "The customer did not ship the return in time", Actors.SYSTEM));
        assertRefused(abandoned.next(), c -> c.shipReturn("SF", "SF1234567890", CUSTOMER),
                FulfillmentStatus.ABANDONED);
        assertRefused(awaitingReturn().shipReturn("SF", "SF1234567890", CUSTOMER).next(),
                c -> c.abandon("late", Actors.SYSTEM), FulfillmentStatus.RETURN_IN_TRANSIT);
        assertRefused(FulfillmentCase.open(Remedies.refundOnly(caseId, "5.00")), c -> c.abandon("late",
                Actors.SYSTEM), FulfillmentStatus.OPENED);
    }

    @Test
    void decisionsLeaveTheOriginalUntouchedAndKeepTheVersionItWasReadAt() {
        FulfillmentCase awaiting = awaitingReturn().atVersion(7);

        FulfillmentCase shipped = awaiting.shipReturn("SF", "SF1234567890", CUSTOMER).next();

        assertThat(awaiting.status()).isEqualTo(FulfillmentStatus.AWAITING_RETURN);
        assertThat(awaiting.returnShipment()).isNull();
        assertThat(shipped.version()).isEqualTo(7);
    }

    @Test
    void theCaseKnowsItsCustomerMerchantAndWarehouse() {
        FulfillmentCase opened = FulfillmentCase.open(Remedies.returnAndRefund(caseId));

        assertThat(opened.belongsToCustomer(Remedies.CUSTOMER)).isTrue();
        assertThat(opened.belongsToCustomer(Remedies.OTHER_CUSTOMER)).isFalse();
        assertThat(opened.belongsToMerchant(Remedies.MERCHANT)).isTrue();
        assertThat(opened.belongsToMerchant(null)).isFalse();
        assertThat(opened.returnsTo(Remedies.WAREHOUSE)).isTrue();
        assertThat(opened.returnsTo("warehouse-other")).isFalse();
        assertThat(FulfillmentCase.open(Remedies.refundOnly(caseId, "1.00")).returnsTo(null)).isFalse();
    }

    private FulfillmentCase awaitingReturn() {
        return FulfillmentCase.open(Remedies.returnAndRefund(caseId)).authorizeReturn("address", Actors.SYSTEM).next();
    }

    private FulfillmentCase receivedReturn() {
        return awaitingReturn().shipReturn("SF", "SF1234567890", CUSTOMER).next().receiveReturn(null, WAREHOUSE).next();
    }

    private static void assertRefused(FulfillmentCase current, Function<FulfillmentCase, Transition> decision,
                                      FulfillmentStatus status) {
        assertThatThrownBy(() -> decision.apply(current))
                .isInstanceOfSatisfying(TransitionRefused.class,
                        refused -> assertThat(refused.currentStatus()).isEqualTo(status));
    }
}
