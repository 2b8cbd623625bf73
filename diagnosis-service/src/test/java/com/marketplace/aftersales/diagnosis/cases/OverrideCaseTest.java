package com.marketplace.aftersales.diagnosis.cases;

import static com.marketplace.aftersales.diagnosis.cases.CaseMother.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.aftersales.contracts.diagnosis.CaseDiagnosed;
import com.marketplace.aftersales.contracts.diagnosis.CompensationApproved;
import com.marketplace.aftersales.contracts.diagnosis.MerchantDecision;
import com.marketplace.aftersales.contracts.diagnosis.MerchantVerificationRequested;
import com.marketplace.aftersales.contracts.diagnosis.RemedyDecided;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.ProblemCategory;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.event.ServiceType;
import com.marketplace.aftersales.diagnosis.remedy.AmountRefused;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An agent replaces the classifier's category and remedy while the remedy is open. */
class OverrideCaseTest {

    @Test
    void movingAQualityClaimToACategoryTheMerchantDoesNotVerifyDecidesTheRemedyAtOnce() {
        DiagnosisCase diagnosisCase = awaitingMerchant();

        List<CaseEvent> events = diagnosisCase.override(new StaffDiagnosis(ProblemCategory.LOGISTICS, Remedy.RESHIP,
                null, null, "lost by the carrier"), REMEDIES, COMPENSATION, AGENT);

        assertThat(events).map(Object::getClass).containsExactly(CaseDiagnosed.class, RemedyDecided.class);
        CaseDiagnosed diagnosed = (CaseDiagnosed) events.get(0);
        assertThat(diagnosed.category()).isEqualTo(ProblemCategory.LOGISTICS);
        assertThat(diagnosed.proposedRemedy()).isEqualTo(Remedy.RESHIP);
        assertThat(diagnosed.actor()).isEqualTo(AGENT);
        assertThat(diagnosed.note()).isEqualTo("Overridden by agent agent-7: lost by the carrier");
        RemedyDecided decided = (RemedyDecided) events.get(1);
        assertThat(decided.remedy()).isEqualTo(Remedy.RESHIP);
        assertThat(decided.returnRequired()).isFalse();
        assertThat(decided.refundAmount()).isNull();
        assertThat(decided.actor()).isEqualTo(AGENT);
        assertThat(diagnosisCase.status()).isEqualTo(DiagnosisStatus.REMEDY_DECIDED);
        // The merchant's answer comes too late now.
        assertThatThrownBy(() -> diagnosisCase.respondAsMerchant(MerchantDecision.ACCEPT, null, REMEDIES, MERCHANT))
                .isInstanceOf(CaseStateConflict.class);
    }

    @Test
    void aQualityClaimStaysWithTheMerchantWhoThenAcceptsTheOverriddenRemedy() {
        DiagnosisCase diagnosisCase = awaitingMerchant();

        List<CaseEvent> events = diagnosisCase.override(remedy(ProblemCategory.QUALITY_DEFECT, Remedy.EXCHANGE),
                REMEDIES, COMPENSATION, AGENT);
        assertThat(events).map(Object::getClass).containsExactly(CaseDiagnosed.class);
        assertThat(diagnosisCase.status()).isEqualTo(DiagnosisStatus.AWAITING_MERCHANT);

        List<CaseEvent> accepted = diagnosisCase.respondAsMerchant(MerchantDecision.ACCEPT, null, REMEDIES, MERCHANT);
        assertThat(((RemedyDecided) accepted.get(1)).remedy()).isEqualTo(Remedy.EXCHANGE);
    }

    @Test
    void compensationWithinTheAgentsLimitIsApprovedByTheAgentAndDecided() {
        DiagnosisCase diagnosisCase = awaitingAgent();

        List<CaseEvent> events = diagnosisCase.override(compensation(ProblemCategory.MISSING_PARTS, "20.00"),
                REMEDIES, COMPENSATION, AGENT);

        assertThat(events).map(Object::getClass).containsExactly(CaseDiagnosed.class, CompensationApproved.class,
                RemedyDecided.class);
        CompensationApproved approved = (CompensationApproved) events.get(1);
        assertThat(approved.amount()).isEqualTo(Money.of("20.00", "CNY"));
        assertThat(approved.approvedByRole()).isEqualTo("AGENT");
        assertThat(approved.actor()).isEqualTo(AGENT);
        RemedyDecided decided = (RemedyDecided) events.get(2);
        assertThat(decided.remedy()).isEqualTo(Remedy.COMPENSATION);
        assertThat(decided.compensationAmount()).isEqualTo(Money.of("20.00", "CNY"));
        assertThat(decided.refundAmount()).isNull();
        assertThat(decided.returnRequired()).isFalse();
        assertThat(diagnosisCase.decidedRefund()).isNull();
    }

    @Test
    void compensationAboveTheAgentsLimitWaitsForASupervisor() {
        DiagnosisCase diagnosisCase = awaitingAgent();

        List<CaseEvent> events = diagnosisCase.override(compensation(ProblemCategory.MISSING_PARTS, "20.01"),
                REMEDIES, COMPENSATION, AGENT);

        assertThat(events).map(Object::getClass).containsExactly(CaseDiagnosed.class);
        assertThat(diagnosisCase.status()).isEqualTo(DiagnosisStatus.AWAITING_SUPERVISOR);
        assertThat(diagnosisCase.proposedAmount()).isEqualTo(Money.of("20.01", "CNY"));
        assertThat(diagnosisCase.compensationApprover()).isNull();
    }

    @Test
    void aSupervisorsOwnOverrideApprovesCompensationAboveTheAgentsLimit() {
        DiagnosisCase diagnosisCase = awaitingAgent();

        List<CaseEvent> events = diagnosisCase.override(compensation(ProblemCategory.MISSING_PARTS, "38.70"),
                REMEDIES, COMPENSATION, SUPERVISOR);

        assertThat(((CompensationApproved) events.get(1)).approvedByRole()).isEqualTo("SUPERVISOR");
        assertThat(diagnosisCase.status()).isEqualTo(DiagnosisStatus.REMEDY_DECIDED);
    }

    @Test
    void compensationAboveTheCapIsRefusedNamingTheFieldAndChangesNothing() {
        DiagnosisCase diagnosisCase = awaitingAgent();

        // 30 % of 129.00 is 38.70.
        assertThatThrownBy(() -> diagnosisCase.override(compensation(ProblemCategory.MISSING_PARTS, "38.71"),
                REMEDIES, COMPENSATION, SUPERVISOR))
                .isInstanceOfSatisfying(AmountRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo("compensation.amount");
                    assertThat(refused.getMessage()).contains("38.70 CNY");
                });
        assertThat(diagnosisCase.status()).isEqualTo(DiagnosisStatus.AWAITING_AGENT);
        assertThat(diagnosisCase.category()).isEqualTo(ProblemCategory.MISSING_PARTS);
        assertThat(diagnosisCase.proposedAmount()).isNull();
    }

    @Test
    void aPartialRefundIsBoundedByTheLinePaid() {
        DiagnosisCase diagnosisCase = awaitingAgent();

        assertThatThrownBy(() -> diagnosisCase.override(new StaffDiagnosis(ProblemCategory.MISSING_PARTS,
                Remedy.PARTIAL_REFUND, Money.of("129.01", "CNY"), null, null), REMEDIES, COMPENSATION, AGENT))
                .isInstanceOfSatisfying(AmountRefused.class,
                        refused -> assertThat(refused.field()).isEqualTo("refundAmount.amount"));

        List<CaseEvent> events = diagnosisCase.override(new StaffDiagnosis(ProblemCategory.MISSING_PARTS,
                Remedy.PARTIAL_REFUND, Money.of("25.00", "CNY"), null, null), REMEDIES, COMPENSATION, AGENT);
        RemedyDecided decided = (RemedyDecided) events.get(1);
        assertThat(decided.remedy()).isEqualTo(Remedy.PARTIAL_REFUND);
        assertThat(decided.refundAmount()).isEqualTo(Money.of("25.00", "CNY"));
        assertThat(diagnosisCase.decidedRefund()).isEqualTo(Money.of("25.00", "CNY"));
    }

    @Test
    void movingACaseIntoAQualityCategorySendsItToTheMerchantFirst() {
        DiagnosisCase diagnosisCase = awaitingAgent();

        List<CaseEvent> events = diagnosisCase.override(compensation(ProblemCategory.QUALITY_DEFECT, "15.00"),
                REMEDIES, COMPENSATION, AGENT);
        assertThat(events).map(Object::getClass).containsExactly(CaseDiagnosed.class,
                MerchantVerificationRequested.class);
        assertThat(diagnosisCase.status()).isEqualTo(DiagnosisStatus.AWAITING_MERCHANT);

        // The agent's approval stands; it is published when the remedy is decided, not before.
        List<CaseEvent> accepted = diagnosisCase.respondAsMerchant(MerchantDecision.ACCEPT, null, REMEDIES, MERCHANT);
        assertThat(accepted).map(Object::getClass).contains(CompensationApproved.class, RemedyDecided.class);
        assertThat(((CompensationApproved) accepted.get(1)).actor()).isEqualTo(AGENT);
    }

    @Test
    void anOverrideInADisputeWaitsForTheArbitration() {
        DiagnosisCase diagnosisCase = inDispute(ServiceType.RETURN_REFUND);

        List<CaseEvent> events = diagnosisCase.override(remedy(ProblemCategory.NOT_AS_DESCRIBED, Remedy.EXCHANGE),
                REMEDIES, COMPENSATION, AGENT);

        assertThat(events).map(Object::getClass).containsExactly(CaseDiagnosed.class);
        assertThat(diagnosisCase.status()).isEqualTo(DiagnosisStatus.IN_DISPUTE);
        assertThat(diagnosisCase.proposedRemedy()).isEqualTo(Remedy.EXCHANGE);
    }

    @Test
    void noOverrideBeforeApprovalOrOnceTheRemedyIsDecided() {
        DiagnosisCase submitted = newCase(ServiceType.REFUND_ONLY);
        assertThatThrownBy(() -> submitted.override(remedy(ProblemCategory.LOGISTICS, Remedy.RESHIP), REMEDIES,
                COMPENSATION, AGENT)).isInstanceOfSatisfying(CaseStateConflict.class,
                conflict -> assertThat(conflict.currentStatus()).isEqualTo(DiagnosisStatus.NEW));

        DiagnosisCase decided = newCase(ServiceType.REFUND_ONLY);
        approve(decided, ProblemCategory.LOGISTICS);
        assertThatThrownBy(() -> decided.override(remedy(ProblemCategory.LOGISTICS, Remedy.RESHIP), REMEDIES,
                COMPENSATION, AGENT)).isInstanceOfSatisfying(CaseStateConflict.class,
                conflict -> assertThat(conflict.currentStatus()).isEqualTo(DiagnosisStatus.REMEDY_DECIDED));
    }
}
