package com.marketplace.aftersales.contracts.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.diagnosis.MerchantVerificationRequested;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.Channel;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.feedback.CaseClosed;
import com.marketplace.aftersales.contracts.feedback.CloseReason;
import com.marketplace.aftersales.contracts.fulfillment.CaseResolved;
import com.marketplace.aftersales.contracts.fulfillment.CompensationPaid;
import com.marketplace.aftersales.contracts.fulfillment.RefundIssued;
import com.marketplace.aftersales.contracts.fulfillment.RefundRoute;
import com.marketplace.aftersales.contracts.fulfillment.RepairProgressed;
import com.marketplace.aftersales.contracts.fulfillment.RepairStage;
import com.marketplace.aftersales.contracts.fulfillment.ReturnAuthorized;
import com.marketplace.aftersales.contracts.intake.CaseReviewed;
import com.marketplace.aftersales.contracts.intake.InfoProvided;
import com.marketplace.aftersales.contracts.intake.MessagePosted;
import com.marketplace.aftersales.contracts.intake.ReviewDecision;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StatusProjectionTest {

    private static final UUID CASE = UUID.randomUUID();
    private static final Actor AGENT = new Actor("agent-1", ActorRole.AGENT, Channel.STAFF_CONSOLE);
    private static final Money PAID = Money.of("10.00", "CNY");

    @Test
    void theReviewLoopGoesBackAndForthBetweenMoreInfoAndSubmitted() {
        CaseStatus status = StatusProjection.next(CaseStatus.SUBMITTED, reviewed(ReviewDecision.NEEDS_MORE_INFO));
        assertThat(status).isEqualTo(CaseStatus.NEEDS_MORE_INFO);

        status = StatusProjection.next(status, new InfoProvided(CASE, "photo attached", AGENT));
        assertThat(status).isEqualTo(CaseStatus.SUBMITTED);
    }

    @Test
    void aLateEventFromAnEarlierStageNeverMovesTheCaseBackwards() {
        CaseStatus status = StatusProjection.next(CaseStatus.APPROVED, new ReturnAuthorized(CASE, "w", "addr", AGENT));

        status = StatusProjection.next(status,
                new MerchantVerificationRequested(CASE, "m", Remedy.RETURN_REFUND, AGENT));

        assertThat(status).isEqualTo(CaseStatus.AWAITING_RETURN);
    }

    @Test
    void aGenericResolutionNeverHidesTheSpecificOutcome() {
        CaseStatus status = StatusProjection.next(CaseStatus.REFUND_PENDING,
                new RefundIssued(CASE, UUID.randomUUID(), PAID, RefundRoute.ORIGINAL, "p", AGENT));

        status = StatusProjection.next(status, new CaseResolved(CASE, Remedy.RETURN_REFUND, "done", AGENT));
        assertThat(status).isEqualTo(CaseStatus.REFUNDED);

        status = StatusProjection.next(status, new CompensationPaid(CASE, PAID, RefundRoute.BALANCE, "p", AGENT));
        assertThat(status).isEqualTo(CaseStatus.COMPENSATED);
    }

    @Test
    void resolvedAppliesWhenNoSpecificOutcomeWasShown() {
        assertThat(StatusProjection.next(CaseStatus.APPROVED, new CaseResolved(CASE, Remedy.RESHIP, "ok", AGENT)))
                .isEqualTo(CaseStatus.RESOLVED);
    }

    @Test
    void nothingLeavesATerminalStatus() {
        CaseStatus closed = StatusProjection.next(CaseStatus.REFUNDED,
                new CaseClosed(CASE, CloseReason.RATED, AGENT));
        assertThat(closed).isEqualTo(CaseStatus.CLOSED);

        assertThat(StatusProjection.next(closed, new RepairProgressed(CASE, RepairStage.REPAIRING, null, AGENT)))
                .isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void eventsThatSetNoStatusLeaveItAlone() {
        assertThat(StatusProjection.next(CaseStatus.AWAITING_RETURN,
                new MessagePosted(CASE, UUID.randomUUID(), "hi", AGENT))).isEqualTo(CaseStatus.AWAITING_RETURN);
        assertThat(StatusProjection.next(CaseStatus.SUBMITTED, reviewed(ReviewDecision.UNKNOWN)))
                .isEqualTo(CaseStatus.SUBMITTED);
    }

    @Test
    void repairStagesMapToRepairingThenRepaired() {
        assertThat(StatusProjection.next(CaseStatus.RETURN_RECEIVED,
                new RepairProgressed(CASE, RepairStage.REPAIRING, null, AGENT))).isEqualTo(CaseStatus.REPAIRING);
        assertThat(StatusProjection.next(CaseStatus.REPAIRING,
                new RepairProgressed(CASE, RepairStage.SHIPPED_BACK, null, AGENT))).isEqualTo(CaseStatus.REPAIRED);
    }

    private static CaseReviewed reviewed(ReviewDecision decision) {
        return new CaseReviewed(CASE, decision, null, null, AGENT);
    }

    @Test
    void anEventMissingTheValueThatDecidesTheStatusLeavesItAlone() {
        assertThat(StatusProjection.next(CaseStatus.SUBMITTED, reviewed(null))).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(StatusProjection.next(CaseStatus.RETURN_RECEIVED, new RepairProgressed(CASE, null, null, AGENT)))
                .isEqualTo(CaseStatus.RETURN_RECEIVED);
    }
}
