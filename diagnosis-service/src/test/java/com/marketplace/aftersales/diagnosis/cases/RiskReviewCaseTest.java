package com.marketplace.aftersales.diagnosis.cases;

import static com.marketplace.aftersales.diagnosis.cases.CaseMother.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.aftersales.contracts.diagnosis.CaseDiagnosed;
import com.marketplace.aftersales.contracts.diagnosis.HandlerAssigned;
import com.marketplace.aftersales.contracts.diagnosis.MerchantDecision;
import com.marketplace.aftersales.contracts.diagnosis.MerchantVerificationRequested;
import com.marketplace.aftersales.contracts.diagnosis.RemedyDecided;
import com.marketplace.aftersales.contracts.diagnosis.RiskCleared;
import com.marketplace.aftersales.contracts.diagnosis.RiskFlagged;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Priority;
import com.marketplace.aftersales.contracts.event.ProblemCategory;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.event.ServiceType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A suspicious case waits for the risk team instead of being handled automatically. */
class RiskReviewCaseTest {

    @Test
    void aSuspiciousCaseIsDiagnosedAssignedAndFlaggedButNeitherSentToTheMerchantNorDecided() {
        DiagnosisCase diagnosisCase = newCase(ServiceType.RETURN_REFUND);

        Transition approval = approve(diagnosisCase, ProblemCategory.QUALITY_DEFECT, Priority.NORMAL, SUSPICIOUS);

        assertThat(approval.events()).map(Object::getClass).containsExactly(CaseDiagnosed.class,
                HandlerAssigned.class, RiskFlagged.class);
        RiskFlagged flagged = (RiskFlagged) approval.events().get(2);
        assertThat(flagged.reasons()).isEqualTo(SUSPICIOUS.reasons());
        assertThat(flagged.actor().role()).isEqualTo(ActorRole.SYSTEM);
        assertThat(diagnosisCase.status()).isEqualTo(DiagnosisStatus.RISK_REVIEW);
        assertThat(diagnosisCase.risk()).isEqualTo(RiskState.FLAGGED);
    }

    @Test
    void clearingAQualityCaseSendsItToTheMerchant() {
        DiagnosisCase diagnosisCase = underRiskReview(ServiceType.RETURN_REFUND, ProblemCategory.QUALITY_DEFECT);

        List<CaseEvent> events = diagnosisCase.clearRisk("a faulty batch", REMEDIES, RISK_OFFICER);

        assertThat(events).map(Object::getClass).containsExactly(RiskCleared.class,
                MerchantVerificationRequested.class);
        assertThat(((RiskCleared) events.get(0)).note()).isEqualTo("a faulty batch");
        assertThat(events.get(0).actor()).isEqualTo(RISK_OFFICER);
        assertThat(events.get(1).actor()).isEqualTo(SYSTEM);
        assertThat(diagnosisCase.status()).isEqualTo(DiagnosisStatus.AWAITING_MERCHANT);
        assertThat(diagnosisCase.risk()).isEqualTo(RiskState.CLEARED);
    }

    @Test
    void clearingAnotherCategoryDecidesTheRemedy() {
        DiagnosisCase diagnosisCase = underRiskReview(ServiceType.REFUND_ONLY, ProblemCategory.LOGISTICS);

        List<CaseEvent> events = diagnosisCase.clearRisk("genuine", REMEDIES, RISK_OFFICER);

        assertThat(events).map(Object::getClass).containsExactly(RiskCleared.class, RemedyDecided.class);
        assertThat(((RemedyDecided) events.get(1)).remedy()).isEqualTo(Remedy.REFUND_ONLY);
        assertThat(diagnosisCase.status()).isEqualTo(DiagnosisStatus.REMEDY_DECIDED);
    }

    @Test
    void blockingEndsTheCaseForDiagnosisWithoutAnEvent() {
        DiagnosisCase diagnosisCase = underRiskReview(ServiceType.REFUND_ONLY, ProblemCategory.LOGISTICS);

        assertThat(diagnosisCase.blockRisk()).isEmpty();

        assertThat(diagnosisCase.status()).isEqualTo(DiagnosisStatus.CLOSED);
        assertThat(diagnosisCase.closedReason()).isEqualTo(DiagnosisCase.RISK_BLOCKED);
        assertThat(diagnosisCase.risk()).isEqualTo(RiskState.BLOCKED);
        assertThatThrownBy(() -> diagnosisCase.override(remedy(ProblemCategory.LOGISTICS, Remedy.RESHIP), REMEDIES,
                COMPENSATION, AGENT)).isInstanceOfSatisfying(CaseStateConflict.class,
                conflict -> assertThat(conflict.currentStatus()).isEqualTo(DiagnosisStatus.CLOSED));
    }

    @Test
    void onlyAFlaggedCaseAwaitsARiskDecision() {
        DiagnosisCase cleared = underRiskReview(ServiceType.REFUND_ONLY, ProblemCategory.LOGISTICS);
        cleared.clearRisk("ok", REMEDIES, RISK_OFFICER);

        assertThatThrownBy(() -> cleared.clearRisk("again", REMEDIES, RISK_OFFICER))
                .isInstanceOfSatisfying(CaseStateConflict.class,
                        conflict -> assertThat(conflict.currentStatus()).isEqualTo(DiagnosisStatus.REMEDY_DECIDED));
        assertThatThrownBy(() -> awaitingMerchant().blockRisk()).isInstanceOf(CaseStateConflict.class);
    }

    @Test
    void aFlaggedCaseCannotBeAnsweredByTheMerchant() {
        DiagnosisCase diagnosisCase = underRiskReview(ServiceType.RETURN_REFUND, ProblemCategory.QUALITY_DEFECT);

        assertThatThrownBy(() -> diagnosisCase.respondAsMerchant(MerchantDecision.ACCEPT, null, REMEDIES, MERCHANT))
                .isInstanceOf(CaseStateConflict.class);
        assertThat(diagnosisCase.acceptOnMerchantsBehalf(REMEDIES, SYSTEM).isApplied()).isFalse();
    }

    @Test
    void anOverrideUnderReviewChangesTheProposalButTheRiskTeamStillDecidesFirst() {
        DiagnosisCase diagnosisCase = underRiskReview(ServiceType.RETURN_REFUND, ProblemCategory.QUALITY_DEFECT);

        List<CaseEvent> events = diagnosisCase.override(remedy(ProblemCategory.WRONG_ITEM, Remedy.RESHIP), REMEDIES,
                COMPENSATION, AGENT);
        assertThat(events).map(Object::getClass).containsExactly(CaseDiagnosed.class);
        assertThat(diagnosisCase.status()).isEqualTo(DiagnosisStatus.RISK_REVIEW);

        List<CaseEvent> cleared = diagnosisCase.clearRisk("fine", REMEDIES, RISK_OFFICER);
        assertThat(cleared).map(Object::getClass).containsExactly(RiskCleared.class, RemedyDecided.class);
        assertThat(((RemedyDecided) cleared.get(1)).remedy()).isEqualTo(Remedy.RESHIP);
    }
}
