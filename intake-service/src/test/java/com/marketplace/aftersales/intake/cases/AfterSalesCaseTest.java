package com.marketplace.aftersales.intake.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.Channel;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.ServiceType;
import com.marketplace.aftersales.contracts.intake.CaseReviewed;
import com.marketplace.aftersales.contracts.intake.CaseSubmitted;
import com.marketplace.aftersales.contracts.intake.CaseWithdrawn;
import com.marketplace.aftersales.contracts.intake.EvidenceAdded;
import com.marketplace.aftersales.contracts.intake.EvidenceRef;
import com.marketplace.aftersales.contracts.intake.InfoProvided;
import com.marketplace.aftersales.contracts.intake.MessagePosted;
import com.marketplace.aftersales.contracts.intake.ReviewDecision;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AfterSalesCaseTest {

    private static final Actor CUSTOMER = new Actor("customer-1", ActorRole.CUSTOMER, Channel.ORDER_DETAIL);
    private static final Actor AGENT = new Actor("agent-1", ActorRole.AGENT, Channel.STAFF_CONSOLE);

    @Nested
    class Submitting {

        @Test
        void aRequestStartsSubmittedAndAnnouncesEverythingLaterStagesNeed() {
            NewCase request = newCase(Money.of("99.00", "CNY"));

            CaseChange change = AfterSalesCase.submit(request);

            assertThat(change.before()).isNull();
            assertThat(change.after().status()).isEqualTo(IntakeStatus.SUBMITTED);
            assertThat(change.after().version()).isZero();
            CaseSubmitted submitted = change.only(CaseSubmitted.class);
            assertThat(submitted.caseId()).isEqualTo(request.caseId());
            assertThat(submitted.serviceNo()).isEqualTo("AS-20261122-000042");
            assertThat(submitted.customerId()).isEqualTo("customer-1");
            assertThat(submitted.merchantId()).isEqualTo("merchant-1");
            assertThat(submitted.orderLineId()).isEqualTo("order-1-1");
            assertThat(submitted.sku()).isEqualTo("SKU-1");
            assertThat(submitted.productTitle()).isEqualTo("Earbuds");
            assertThat(submitted.productCategory()).isEqualTo("electronics");
            assertThat(submitted.requestedAmount()).isEqualTo(Money.of("99.00", "CNY"));
            assertThat(submitted.linePaid()).isEqualTo(Money.of("129.00", "CNY"));
            assertThat(submitted.paymentMethod()).isEqualTo("ALIPAY");
            assertThat(submitted.deliveredAt()).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
            assertThat(submitted.evidence()).isEmpty();
            assertThat(submitted.actor()).isEqualTo(CUSTOMER);
        }

        @Test
        void theWholeAmountPaidMayBeRequested() {
            CaseChange change = AfterSalesCase.submit(newCase(Money.of("129.00", "CNY")));

            assertThat(change.only(CaseSubmitted.class).requestedAmount().amount()).isEqualByComparingTo("129");
        }

        @Test
        void moreThanWasPaidIsRefused() {
            assertThatThrownBy(() -> AfterSalesCase.submit(newCase(Money.of("129.01", "CNY"))))
                    .isInstanceOfSatisfying(SubmissionRefused.class,
                            refused -> assertThat(refused.field()).isEqualTo("requestedAmount.amount"));
        }

        @Test
        void anAmountInAnotherCurrencyIsRefused() {
            assertThatThrownBy(() -> AfterSalesCase.submit(newCase(Money.of("10.00", "USD"))))
                    .isInstanceOfSatisfying(SubmissionRefused.class,
                            refused -> assertThat(refused.field()).isEqualTo("requestedAmount.currency"));
        }

        @Test
        void aZeroAmountIsRefused() {
            assertThatThrownBy(() -> AfterSalesCase.submit(newCase(Money.of("0.00", "CNY"))))
                    .isInstanceOf(SubmissionRefused.class);
        }
    }

    @Nested
    class Reviewing {

        @Test
        void approvalMovesASubmittedCaseToApproved() {
            CaseChange change = submitted().review(ReviewDecision.APPROVED, null, "looks fine", AGENT);

            assertThat(change.after().status()).isEqualTo(IntakeStatus.APPROVED);
            CaseReviewed reviewed = change.only(CaseReviewed.class);
            assertThat(reviewed.decision()).isEqualTo(ReviewDecision.APPROVED);
            assertThat(reviewed.note()).isEqualTo("looks fine");
            assertThat(reviewed.actor()).isEqualTo(AGENT);
        }

        @Test
        void aRequestForInformationAndTheAnswerReturnTheCaseToReview() {
            CaseChange asked = submitted().review(ReviewDecision.NEEDS_MORE_INFO, "PHOTO_UNCLEAR", null, AGENT);
            assertThat(asked.after().status()).isEqualTo(IntakeStatus.NEEDS_MORE_INFO);
            assertThat(asked.only(CaseReviewed.class).reasonCode()).isEqualTo("PHOTO_UNCLEAR");

            CaseChange answered = asked.after().provideInfo("Here is a sharper photo", CUSTOMER);

            assertThat(answered.after().status()).isEqualTo(IntakeStatus.SUBMITTED);
            assertThat(answered.only(InfoProvided.class).text()).isEqualTo("Here is a sharper photo");
            assertThat(answered.after().review(ReviewDecision.APPROVED, null, null, AGENT).after().status())
                    .isEqualTo(IntakeStatus.APPROVED);
        }

        @Test
        void rejectionEndsTheCase() {
            CaseChange change = submitted().review(ReviewDecision.NOT_APPLICABLE, "OUT_OF_WARRANTY", null, AGENT);

            assertThat(change.after().status()).isEqualTo(IntakeStatus.NOT_APPLICABLE);
            assertThat(change.after().status().holdsOrderLine()).isFalse();
        }

        @ParameterizedTest
        @EnumSource(value = IntakeStatus.class, names = "SUBMITTED", mode = EnumSource.Mode.EXCLUDE)
        void onlyASubmittedCaseIsReviewed(IntakeStatus status) {
            assertThatThrownBy(() -> inStatus(status).review(ReviewDecision.APPROVED, null, null, AGENT))
                    .isInstanceOfSatisfying(CaseActionRefused.class,
                            refused -> assertThat(refused.currentStatus()).isEqualTo(status));
        }

        @Test
        void aRejectionOrARequestForInformationNeedsAReason() {
            assertThatThrownBy(() -> submitted().review(ReviewDecision.NOT_APPLICABLE, null, null, AGENT))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> submitted().review(ReviewDecision.NEEDS_MORE_INFO, " ", null, AGENT))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @ParameterizedTest
        @EnumSource(value = IntakeStatus.class, names = {"SUBMITTED", "NEEDS_MORE_INFO"})
        void anInstantRefundApprovesACaseAwaitingReviewSoNoAgentReviewsItAfterwards(IntakeStatus status) {
            AfterSalesCase approved = inStatus(status).approvedByRule().after();

            assertThat(approved.status()).isEqualTo(IntakeStatus.APPROVED);
            assertThatThrownBy(() -> approved.review(ReviewDecision.NOT_APPLICABLE, "TOO_LATE", null, AGENT))
                    .isInstanceOf(CaseActionRefused.class);
        }

        @ParameterizedTest
        @EnumSource(value = IntakeStatus.class, names = {"APPROVED", "NOT_APPLICABLE", "WITHDRAWN", "CLOSED"})
        void anApprovalByRuleNeverOverridesADecision(IntakeStatus status) {
            assertThat(inStatus(status).approvedByRule().isChange()).isFalse();
        }

        @ParameterizedTest
        @EnumSource(value = IntakeStatus.class, names = "NEEDS_MORE_INFO", mode = EnumSource.Mode.EXCLUDE)
        void informationIsOnlyTakenWhenItWasAskedFor(IntakeStatus status) {
            assertThatThrownBy(() -> inStatus(status).provideInfo("more", CUSTOMER))
                    .isInstanceOf(CaseActionRefused.class);
        }
    }

    @Nested
    class Withdrawing {

        @ParameterizedTest
        @EnumSource(value = IntakeStatus.class, names = {"SUBMITTED", "NEEDS_MORE_INFO", "APPROVED"})
        void anOpenCaseIsWithdrawnOnlyOnceFulfillmentAgreedNothingMoved(IntakeStatus status) {
            AfterSalesCase open = inStatus(status);
            // Even before an agent's approval: diagnosis may have approved a small refund by rule already.
            assertThat(open.withdrawalNeedsFulfillment()).isTrue();

            assertThatThrownBy(() -> open.withdraw(null, CUSTOMER, false))
                    .isInstanceOfSatisfying(CaseActionRefused.class,
                            refused -> assertThat(refused.currentStatus()).isEqualTo(status));

            CaseChange change = open.withdraw("changed my mind", CUSTOMER, true);
            assertThat(change.after().status()).isEqualTo(IntakeStatus.WITHDRAWN);
            assertThat(change.only(CaseWithdrawn.class).reason()).isEqualTo("changed my mind");
            assertThat(change.only(CaseWithdrawn.class).actor()).isEqualTo(CUSTOMER);
        }

        @Test
        void onceGoodsOrMoneyMovedTheCaseCannotBeWithdrawn() {
            AfterSalesCase shipped = inStatus(IntakeStatus.APPROVED).goodsOrMoneyMoved("ReturnShipped").after();

            // Nothing to ask fulfillment: intake already knows.
            assertThat(shipped.withdrawalNeedsFulfillment()).isFalse();
            assertThatThrownBy(() -> shipped.withdraw(null, CUSTOMER, true))
                    .isInstanceOfSatisfying(CaseActionRefused.class, refused -> {
                        assertThat(refused.currentStatus()).isEqualTo(IntakeStatus.APPROVED);
                        assertThat(refused.movedBy()).isEqualTo("ReturnShipped");
                    });
        }

        @ParameterizedTest
        @EnumSource(value = IntakeStatus.class, names = {"NOT_APPLICABLE", "WITHDRAWN", "CLOSED"})
        void anEndedCaseCannotBeWithdrawn(IntakeStatus status) {
            assertThat(inStatus(status).withdrawalNeedsFulfillment()).isFalse();
            assertThatThrownBy(() -> inStatus(status).withdraw(null, CUSTOMER, true))
                    .isInstanceOf(CaseActionRefused.class);
        }

        @Test
        void theFirstMovementIsKept() {
            AfterSalesCase moved = submitted().goodsOrMoneyMoved("RefundRequested").after();

            CaseChange again = moved.goodsOrMoneyMoved("RefundIssued");

            assertThat(again.isChange()).isFalse();
            assertThat(again.after().goodsOrMoneyMovedBy()).isEqualTo("RefundRequested");
            assertThat(again.events()).isEmpty();
        }
    }

    @Nested
    class Ending {

        @ParameterizedTest
        @EnumSource(value = IntakeStatus.class, names = {"SUBMITTED", "NEEDS_MORE_INFO", "APPROVED", "NOT_APPLICABLE"})
        void aCaseThatEndsDownstreamIsClosedAndFreesItsLine(IntakeStatus status) {
            CaseChange change = inStatus(status).ended();

            assertThat(change.after().status()).isEqualTo(IntakeStatus.CLOSED);
            assertThat(change.after().status().holdsOrderLine()).isFalse();
            assertThat(change.events()).isEmpty();
        }

        @Test
        void aWithdrawnCaseStaysWithdrawn() {
            CaseChange change = inStatus(IntakeStatus.WITHDRAWN).ended();

            assertThat(change.isChange()).isFalse();
            assertThat(change.after().status()).isEqualTo(IntakeStatus.WITHDRAWN);
        }
    }

    @Nested
    class EvidenceAndMessages {

        private final EvidenceRef photo = new EvidenceRef(UUID.randomUUID(), "image/jpeg", 1024, "ab".repeat(32));

        @ParameterizedTest
        @EnumSource(value = IntakeStatus.class, names = {"SUBMITTED", "NEEDS_MORE_INFO", "APPROVED"})
        void evidenceIsTakenWhileTheCaseIsOpenWithoutChangingItsStatus(IntakeStatus status) {
            CaseChange change = inStatus(status).addEvidence(photo, CUSTOMER);

            assertThat(change.after().status()).isEqualTo(status);
            assertThat(change.isChange()).isTrue();
            assertThat(change.only(EvidenceAdded.class).evidence()).isEqualTo(photo);
        }

        @ParameterizedTest
        @EnumSource(value = IntakeStatus.class, names = {"NOT_APPLICABLE", "WITHDRAWN", "CLOSED"})
        void anEndedCaseTakesNoEvidence(IntakeStatus status) {
            assertThat(inStatus(status).acceptsEvidence()).isFalse();
            assertThatThrownBy(() -> inStatus(status).addEvidence(photo, CUSTOMER))
                    .isInstanceOf(CaseActionRefused.class);
        }

        @ParameterizedTest
        @EnumSource(value = IntakeStatus.class, names = {"SUBMITTED", "NEEDS_MORE_INFO", "APPROVED", "NOT_APPLICABLE"})
        void messagesArePostedUntilTheCaseIsClosedOrWithdrawn(IntakeStatus status) {
            UUID messageId = UUID.randomUUID();

            MessagePosted posted = inStatus(status).postMessage(messageId, "hello", AGENT).only(MessagePosted.class);

            assertThat(posted.messageId()).isEqualTo(messageId);
            assertThat(posted.actor()).isEqualTo(AGENT);
        }

        @ParameterizedTest
        @EnumSource(value = IntakeStatus.class, names = {"WITHDRAWN", "CLOSED"})
        void aClosedConversationTakesNoMessages(IntakeStatus status) {
            assertThatThrownBy(() -> inStatus(status).postMessage(UUID.randomUUID(), "hello", CUSTOMER))
                    .isInstanceOf(CaseActionRefused.class);
        }
    }

    private static AfterSalesCase submitted() {
        return AfterSalesCase.submit(newCase(null)).after();
    }

    private static AfterSalesCase inStatus(IntakeStatus status) {
        AfterSalesCase submitted = submitted();
        return new AfterSalesCase(submitted.id(), submitted.serviceNo(), submitted.customerId(),
                submitted.merchantId(), submitted.orderId(), submitted.orderLineId(), submitted.serviceType(),
                submitted.channel(), status, null, 3);
    }

    private static NewCase newCase(Money requested) {
        return new NewCase(UUID.randomUUID(), "AS-20261122-000042", "customer-1", "merchant-1", "order-1",
                "order-1-1", "SKU-1", "Earbuds", "electronics", ServiceType.RETURN_REFUND, "Left earbud is silent",
                requested, Money.of("129.00", "CNY"), "ALIPAY", Instant.parse("2026-11-20T10:00:00Z"),
                Channel.ORDER_DETAIL);
    }
}
