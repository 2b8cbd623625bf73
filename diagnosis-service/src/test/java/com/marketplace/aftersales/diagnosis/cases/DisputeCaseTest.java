package com.marketplace.aftersales.diagnosis.cases;

import static com.marketplace.aftersales.diagnosis.cases.CaseMother.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.aftersales.contracts.diagnosis.CompensationApproved;
import com.marketplace.aftersales.contracts.diagnosis.DisputeDecided;
import com.marketplace.aftersales.contracts.diagnosis.DisputeOutcome;
import com.marketplace.aftersales.contracts.diagnosis.RemedyDecided;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.event.ServiceType;
import com.marketplace.aftersales.diagnosis.remedy.AmountRefused;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The platform's arbitration (维权) of a merchant's rejection. */
class DisputeCaseTest {

    @Test
    void forTheCustomerTheProposedRemedyIsDecided() {
        DiagnosisCase diagnosisCase = inDispute(ServiceType.RETURN_REFUND);

        List<CaseEvent> events = decide(diagnosisCase, DisputeOutcome.CUSTOMER, null, null, AGENT);

        assertThat(events).map(Object::getClass).containsExactly(DisputeDecided.class, RemedyDecided.class);
        DisputeDecided decided = (DisputeDecided) events.get(0);
        assertThat(decided.outcome()).isEqualTo(DisputeOutcome.CUSTOMER);
        assertThat(decided.advancePayout()).isNull();
        assertThat(decided.note()).isEqualTo("evidence favours the customer");
        RemedyDecided remedy = (RemedyDecided) events.get(1);
        assertThat(remedy.remedy()).isEqualTo(Remedy.RETURN_REFUND);
        assertThat(remedy.refundAmount()).isEqualTo(Money.of("80.00", "CNY"));
        assertThat(remedy.actor()).isEqualTo(AGENT);
        assertThat(diagnosisCase.status()).isEqualTo(DiagnosisStatus.REMEDY_DECIDED);
        assertThat(diagnosisCase.verification()).isEqualTo(MerchantVerification.ARBITRATED);
    }

    @Test
    void anAdvancePayoutIsPaidAsCompensationInsteadOfTheProposedRemedy() {
        DiagnosisCase diagnosisCase = inDispute(ServiceType.RETURN_REFUND);

        List<CaseEvent> events = decide(diagnosisCase, DisputeOutcome.CUSTOMER, Money.of("18.00", "CNY"), null,
                AGENT);

        assertThat(events).map(Object::getClass).containsExactly(DisputeDecided.class, CompensationApproved.class,
                RemedyDecided.class);
        assertThat(((DisputeDecided) events.get(0)).advancePayout()).isEqualTo(Money.of("18.00", "CNY"));
        assertThat(((CompensationApproved) events.get(1)).approvedByRole()).isEqualTo("AGENT");
        RemedyDecided remedy = (RemedyDecided) events.get(2);
        assertThat(remedy.remedy()).isEqualTo(Remedy.COMPENSATION);
        assertThat(remedy.compensationAmount()).isEqualTo(Money.of("18.00", "CNY"));
        assertThat(remedy.refundAmount()).isNull();
        assertThat(remedy.returnRequired()).isFalse();
    }

    @Test
    void anAdvancePayoutMayExceedTheCompensationCapButNotTheLinePaid() {
        // 100.00 is far above 30 % of 129.00: an advance payout stands in for the refund the merchant refused.
        DiagnosisCase supervised = inDispute(ServiceType.RETURN_REFUND);
        List<CaseEvent> events = decide(supervised, DisputeOutcome.CUSTOMER, Money.of("100.00", "CNY"), null,
                SUPERVISOR);
        assertThat(((RemedyDecided) events.get(2)).compensationAmount()).isEqualTo(Money.of("100.00", "CNY"));

        DiagnosisCase tooMuch = inDispute(ServiceType.RETURN_REFUND);
        assertThatThrownBy(() -> decide(tooMuch, DisputeOutcome.CUSTOMER, Money.of("129.01", "CNY"), null,
                SUPERVISOR)).isInstanceOfSatisfying(AmountRefused.class,
                refused -> assertThat(refused.field()).isEqualTo("advancePayout.amount"));
        assertThat(tooMuch.status()).isEqualTo(DiagnosisStatus.IN_DISPUTE);
        assertThat(tooMuch.proposedRemedy()).isEqualTo(Remedy.RETURN_REFUND);
    }

    @Test
    void anAgentsAdvancePayoutAboveTheirLimitWaitsForASupervisor() {
        DiagnosisCase diagnosisCase = inDispute(ServiceType.RETURN_REFUND);

        List<CaseEvent> events = decide(diagnosisCase, DisputeOutcome.CUSTOMER, Money.of("60.00", "CNY"), null,
                AGENT);

        assertThat(events).map(Object::getClass).containsExactly(DisputeDecided.class);
        assertThat(diagnosisCase.status()).isEqualTo(DiagnosisStatus.AWAITING_SUPERVISOR);
        assertThat(diagnosisCase.decideCompensation(true, REMEDIES, SUPERVISOR)).map(Object::getClass)
                .containsExactly(CompensationApproved.class, RemedyDecided.class);
    }

    @Test
    void aSplitRefundsTheNamedAmountOrHalfOfTheRefundAskedFor() {
        DiagnosisCase named = inDispute(ServiceType.RETURN_REFUND);
        RemedyDecided partial = (RemedyDecided) decide(named, DisputeOutcome.SPLIT, null,
                Money.of("40.00", "CNY"), AGENT).get(1);
        assertThat(partial.remedy()).isEqualTo(Remedy.PARTIAL_REFUND);
        assertThat(partial.refundAmount()).isEqualTo(Money.of("40.00", "CNY"));
        assertThat(partial.returnRequired()).isFalse();

        DiagnosisCase byShare = inDispute(ServiceType.RETURN_REFUND);
        // The customer asked for 80.00.
        assertThat(((RemedyDecided) decide(byShare, DisputeOutcome.SPLIT, null, null, AGENT).get(1)).refundAmount())
                .isEqualTo(Money.of("40.00", "CNY"));
    }

    @Test
    void aSplitRefundIsBoundedByTheLinePaid() {
        DiagnosisCase diagnosisCase = inDispute(ServiceType.RETURN_REFUND);

        assertThatThrownBy(() -> decide(diagnosisCase, DisputeOutcome.SPLIT, null, Money.of("200.00", "CNY"), AGENT))
                .isInstanceOfSatisfying(AmountRefused.class,
                        refused -> assertThat(refused.field()).isEqualTo("refundAmount.amount"));
        assertThat(diagnosisCase.status()).isEqualTo(DiagnosisStatus.IN_DISPUTE);
    }

    @Test
    void forTheMerchantTheRequestIsRefusedAndTheCaseEndsWithTheDecision() {
        DiagnosisCase diagnosisCase = inDispute(ServiceType.RETURN_REFUND);

        List<CaseEvent> events = decide(diagnosisCase, DisputeOutcome.MERCHANT, null, null, AGENT);

        assertThat(events).map(Object::getClass).containsExactly(DisputeDecided.class);
        assertThat(diagnosisCase.status()).isEqualTo(DiagnosisStatus.CLOSED);
        assertThat(diagnosisCase.closedReason()).isEqualTo(DiagnosisCase.DISPUTE_DECIDED_FOR_MERCHANT);
    }

    @Test
    void onlyADisputedCaseIsArbitrated() {
        assertThatThrownBy(() -> decide(awaitingMerchant(), DisputeOutcome.CUSTOMER, null, null, AGENT))
                .isInstanceOfSatisfying(CaseStateConflict.class, conflict ->
                        assertThat(conflict.currentStatus()).isEqualTo(DiagnosisStatus.AWAITING_MERCHANT));
    }

    private static List<CaseEvent> decide(DiagnosisCase diagnosisCase, DisputeOutcome outcome, Money advancePayout,
                                          Money splitRefund, Actor staff) {
        return diagnosisCase.decideDispute(new Arbitration(outcome, advancePayout, splitRefund,
                "evidence favours the customer"), REMEDIES, COMPENSATION, DISPUTES, staff);
    }
}
