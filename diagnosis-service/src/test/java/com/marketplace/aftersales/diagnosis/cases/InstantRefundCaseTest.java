package com.marketplace.aftersales.diagnosis.cases;

import static com.marketplace.aftersales.diagnosis.cases.CaseMother.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.diagnosis.CaseDiagnosed;
import com.marketplace.aftersales.contracts.diagnosis.HandlerAssigned;
import com.marketplace.aftersales.contracts.diagnosis.InstantRefundApproved;
import com.marketplace.aftersales.contracts.diagnosis.RemedyDecided;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Priority;
import com.marketplace.aftersales.contracts.event.ProblemCategory;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.event.ServiceType;
import com.marketplace.aftersales.diagnosis.remedy.RemedyRules;
import com.marketplace.aftersales.diagnosis.risk.RiskAssessment;
import org.junit.jupiter.api.Test;

/** 秒退: a small refund from a customer with a clean history needs no agent and no merchant. */
class InstantRefundCaseTest {

    @Test
    void aSmallQualityRefundIsDecidedAtOnceWithoutAskingTheMerchant() {
        DiagnosisCase diagnosisCase = newCase(ServiceType.REFUND_ONLY, Money.of("39.90", "CNY"));

        Transition refund = refundInstantly(diagnosisCase, RiskAssessment.clean());

        assertThat(refund.events()).map(Object::getClass).containsExactly(InstantRefundApproved.class,
                CaseDiagnosed.class, HandlerAssigned.class, RemedyDecided.class);
        assertThat(((InstantRefundApproved) refund.events().get(0)).amount()).isEqualTo(Money.of("39.90", "CNY"));
        RemedyDecided decided = (RemedyDecided) refund.events().get(3);
        assertThat(decided.remedy()).isEqualTo(Remedy.REFUND_ONLY);
        assertThat(decided.refundAmount()).isEqualTo(Money.of("39.90", "CNY"));
        assertThat(diagnosisCase.status()).isEqualTo(DiagnosisStatus.REMEDY_DECIDED);
        assertThat(diagnosisCase.decidedRefund()).isEqualTo(Money.of("39.90", "CNY"));
    }

    @Test
    void aSmallReturnIsApprovedAtOnceButTheGoodsStillComeBack() {
        DiagnosisCase diagnosisCase = newCase(ServiceType.RETURN_REFUND, Money.of("20.00", "CNY"));

        RemedyDecided decided = (RemedyDecided) refundInstantly(diagnosisCase, RiskAssessment.clean()).events().get(3);

        assertThat(decided.remedy()).isEqualTo(Remedy.RETURN_REFUND);
        assertThat(decided.returnRequired()).isTrue();
    }

    @Test
    void aSuspiciousCustomerWaitsForTheAgentsReview() {
        DiagnosisCase diagnosisCase = newCase(ServiceType.REFUND_ONLY, Money.of("10.00", "CNY"));

        Transition refund = refundInstantly(diagnosisCase, SUSPICIOUS);

        assertThat(refund.isApplied()).isFalse();
        assertThat(refund.skippedBecause()).contains("REFUND_FREQUENCY");
        assertThat(diagnosisCase.status()).isEqualTo(DiagnosisStatus.NEW);
    }

    @Test
    void anAmountAtTheThresholdOrAnotherServiceWaitsForTheReview() {
        assertThat(refundInstantly(newCase(ServiceType.REFUND_ONLY, Money.of("50.00", "CNY")),
                RiskAssessment.clean()).isApplied()).isFalse();
        // No amount named: the line (129.00) would be refunded, far above the threshold.
        assertThat(refundInstantly(newCase(ServiceType.REFUND_ONLY, null), RiskAssessment.clean()).isApplied())
                .isFalse();
        assertThat(refundInstantly(newCase(ServiceType.EXCHANGE, Money.of("10.00", "CNY")),
                RiskAssessment.clean()).isApplied()).isFalse();
    }

    @Test
    void aCaseAlreadyApprovedIsNotRefundedAgain() {
        DiagnosisCase diagnosisCase = newCase(ServiceType.REFUND_ONLY, Money.of("10.00", "CNY"));
        approve(diagnosisCase, ProblemCategory.LOGISTICS);

        assertThat(refundInstantly(diagnosisCase, RiskAssessment.clean()).isApplied()).isFalse();
    }

    private static Transition refundInstantly(DiagnosisCase diagnosisCase, RiskAssessment assessment) {
        return diagnosisCase.refundInstantly(new Diagnosis(ProblemCategory.QUALITY_DEFECT, Priority.NORMAL,
                        RemedyRules.proposedFor(diagnosisCase.facts().serviceType()), "keywords: broken"), HANDLER,
                INSTANT_REFUNDS, assessment, REMEDIES, SYSTEM);
    }
}
