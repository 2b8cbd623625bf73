package com.marketplace.aftersales.caseview.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.caseview.Events;
import com.marketplace.aftersales.contracts.diagnosis.CaseDiagnosed;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Priority;
import com.marketplace.aftersales.contracts.event.ProblemCategory;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.fulfillment.RefundRequested;
import com.marketplace.aftersales.contracts.fulfillment.RefundRoute;
import com.marketplace.aftersales.contracts.intake.CaseReviewed;
import com.marketplace.aftersales.contracts.intake.InfoProvided;
import com.marketplace.aftersales.contracts.intake.ReviewDecision;
import com.marketplace.aftersales.contracts.status.CaseStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CaseProjectionTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    private final Events events = Events.forNewCase("customer-1", "merchant-1", "warehouse-1");
    private int minutes;

    @Test
    void theWalkingSkeletonMovesForwardStepByStep() {
        CaseState state = start();
        state = apply(state, events.submitted());
        assertThat(state.status()).isEqualTo(CaseStatus.SUBMITTED);
        state = apply(state, events.reviewed(ReviewDecision.APPROVED));
        assertThat(state.status()).isEqualTo(CaseStatus.APPROVED);
        state = apply(state, events.diagnosed());
        state = apply(state, events.handlerAssigned("agent-7", "Li Na"));
        state = apply(state, events.verificationRequested());
        assertThat(state.status()).isEqualTo(CaseStatus.AWAITING_MERCHANT);
        state = apply(state, events.merchantAccepted());
        state = apply(state, events.remedyDecided());
        state = apply(state, events.returnAuthorized());
        assertThat(state.status()).isEqualTo(CaseStatus.AWAITING_RETURN);
        state = apply(state, events.refundRequested());
        state = apply(state, events.refundIssued());
        state = apply(state, events.resolved());
        assertThat(state.status()).isEqualTo(CaseStatus.REFUNDED);
        state = apply(state, events.closed());

        assertThat(state.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(state.category()).isEqualTo(ProblemCategory.QUALITY_DEFECT);
        assertThat(state.priority()).isEqualTo(Priority.HIGH);
        assertThat(state.handlerId()).isEqualTo("agent-7");
        assertThat(state.handlerName()).isEqualTo("Li Na");
        assertThat(state.remedy()).isEqualTo(Remedy.RETURN_REFUND);
        assertThat(state.refund()).isEqualTo(Events.PAID);
        assertThat(state.refundStatus()).isEqualTo(RefundStatus.ISSUED);
        assertThat(state.warehouseId()).isEqualTo("warehouse-1");
        assertThat(state.version()).as("one increment per event").isEqualTo(12);
    }

    @Test
    void aFulfillmentEventBeforeTheSubmissionShowsItsStatusAndTheSubmissionOnlyFillsTheFacts() {
        Instant submittedAt = T0.minus(Duration.ofHours(2));
        CaseState state = apply(start(), events.returnAuthorized());
        assertThat(state.status()).isEqualTo(CaseStatus.AWAITING_RETURN);
        assertThat(state.customerId()).isNull();

        state = CaseProjection.apply(state, events.submitted(), submittedAt);

        assertThat(state.status()).isEqualTo(CaseStatus.AWAITING_RETURN);
        assertThat(state.customerId()).isEqualTo("customer-1");
        assertThat(state.merchantId()).isEqualTo("merchant-1");
        assertThat(state.serviceNo()).isEqualTo(events.serviceNo());
        assertThat(state.createdAt()).isEqualTo(submittedAt);
        assertThat(state.updatedAt()).isAfter(submittedAt);
    }

    @Test
    void aLateMerchantVerificationRequestNeverMovesTheCaseBack() {
        CaseState state = apply(apply(apply(start(), events.submitted()), events.returnAuthorized()),
                events.verificationRequested());

        assertThat(state.status()).isEqualTo(CaseStatus.AWAITING_RETURN);
    }

    @Test
    void aClosedCaseStaysClosedWhateverArrivesLate() {
        CaseState state = apply(apply(start(), events.submitted()), events.closed());

        state = apply(apply(state, events.refundIssued()), events.reviewed(ReviewDecision.APPROVED));

        assertThat(state.status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void aFinishedCaseShowsNoExpectedCompletionEvenBeforeItsClocksAreStopped() {
        CaseState open = apply(start(), events.submitted()).withExpectedCompletionAt(T0.plus(Duration.ofDays(2)));

        assertThat(apply(open, events.reviewed(ReviewDecision.APPROVED)).expectedCompletionAt()).isNotNull();
        assertThat(apply(open, events.closed()).expectedCompletionAt()).isNull();
    }

    @Test
    void moreInformationGoesBackToReview() {
        CaseState state = apply(apply(start(), events.submitted()),
                new CaseReviewed(events.caseId(), ReviewDecision.NEEDS_MORE_INFO, "BLURRY", null, Events.agent("a")));
        assertThat(state.status()).isEqualTo(CaseStatus.NEEDS_MORE_INFO);

        state = apply(state, new InfoProvided(events.caseId(), "better photo", events.customer()));

        assertThat(state.status()).isEqualTo(CaseStatus.SUBMITTED);
    }

    @Test
    void aRefundPlanArrivingAfterFulfillmentActedChangesNothing() {
        Money partial = Money.of("40.00", "CNY");
        CaseState state = apply(apply(start(), events.submitted()), new RefundRequested(events.caseId(),
                UUID.randomUUID(), "k", partial, RefundRoute.ORIGINAL, Events.system("fulfillment-service")));

        state = apply(state, events.remedyDecided());

        assertThat(state.refund()).isEqualTo(partial);
        assertThat(state.refundStatus()).isEqualTo(RefundStatus.REQUESTED);
        assertThat(state.remedy()).isEqualTo(Remedy.RETURN_REFUND);
    }

    @Test
    void theWarehouseFulfillmentAuthorisedWinsOverTheOneDiagnosisPlanned() {
        Events other = new Events(events.caseId(), "customer-1", "merchant-1", "warehouse-2");
        CaseState authorisedFirst = apply(apply(start(), other.returnAuthorized()), events.remedyDecided());
        CaseState plannedFirst = apply(apply(start(), events.remedyDecided()), other.returnAuthorized());

        assertThat(authorisedFirst.warehouseId()).isEqualTo("warehouse-2");
        assertThat(plannedFirst.warehouseId()).isEqualTo("warehouse-2");
    }

    @Test
    void aValueFromANewerWriterThatThisReaderDoesNotKnowNeverHidesAKnownOne() {
        CaseState state = apply(apply(start(), events.diagnosed()), new CaseDiagnosed(events.caseId(),
                ProblemCategory.UNKNOWN, Priority.UNKNOWN, Remedy.UNKNOWN, null, Events.system("diagnosis-service")));

        assertThat(state.category()).isEqualTo(ProblemCategory.QUALITY_DEFECT);
        assertThat(state.priority()).isEqualTo(Priority.HIGH);
    }

    @Test
    void aReviewWithoutADecisionLeavesTheStatusAlone() {
        CaseState state = apply(apply(start(), events.submitted()),
                new CaseReviewed(events.caseId(), null, null, null, Events.agent("a")));

        assertThat(state.status()).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(state.version()).isEqualTo(2);
    }

    @Test
    void aSubmittedCaseAwaitsANotificationOnlyUntilTheCustomerWasToldItsStatus() {
        CaseState beforeSubmission = apply(start(), events.returnAuthorized());
        assertThat(beforeSubmission.customerAwaitsNotification()).as("customer unknown yet").isFalse();

        CaseState submitted = apply(beforeSubmission, events.submitted());
        assertThat(submitted.customerAwaitsNotification()).isTrue();

        CaseState told = submitted.withNotifiedStatus(submitted.status());
        assertThat(told.customerAwaitsNotification()).isFalse();
        assertThat(apply(told, events.message(events.customer(), "hi")).customerAwaitsNotification()).isFalse();
        assertThat(apply(told, events.returnShipped()).customerAwaitsNotification()).isTrue();
    }

    private CaseState start() {
        return CaseState.firstSeen(events.caseId(), T0);
    }

    private CaseState apply(CaseState state, CaseEvent event) {
        return CaseProjection.apply(state, event, T0.plus(Duration.ofMinutes(++minutes)));
    }
}
