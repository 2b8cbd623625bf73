package com.marketplace.aftersales.diagnosis.cases;

import static com.marketplace.aftersales.diagnosis.cases.CaseMother.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.aftersales.contracts.diagnosis.CaseDiagnosed;
import com.marketplace.aftersales.contracts.diagnosis.CaseDisputed;
import com.marketplace.aftersales.contracts.diagnosis.HandlerAssigned;
import com.marketplace.aftersales.contracts.diagnosis.MerchantDecision;
import com.marketplace.aftersales.contracts.diagnosis.MerchantResponded;
import com.marketplace.aftersales.contracts.diagnosis.MerchantVerificationRequested;
import com.marketplace.aftersales.contracts.diagnosis.PriorityChanged;
import com.marketplace.aftersales.contracts.diagnosis.RemedyDecided;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Priority;
import com.marketplace.aftersales.contracts.event.ProblemCategory;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.event.ServiceType;
import com.marketplace.aftersales.diagnosis.risk.RiskAssessment;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Approval, the merchant's verification, deadlines, priority and closing. */
class DiagnosisCaseTest {


    @Test
    void aQualityProblemIsDiagnosedAssignedAndSentToTheMerchant() {
        DiagnosisCase diagnosisCase = newCase(ServiceType.RETURN_REFUND);

        Transition approval = approve(diagnosisCase, ProblemCategory.QUALITY_DEFECT);

        assertThat(approval.isApplied()).isTrue();
        assertThat(approval.events()).map(Object::getClass).containsExactly(CaseDiagnosed.class,
                HandlerAssigned.class, MerchantVerificationRequested.class);
        CaseDiagnosed diagnosed = (CaseDiagnosed) approval.events().get(0);
        assertThat(diagnosed.category()).isEqualTo(ProblemCategory.QUALITY_DEFECT);
        assertThat(diagnosed.proposedRemedy()).isEqualTo(Remedy.RETURN_REFUND);
        assertThat(diagnosed.note()).isEqualTo("keywords: broken");
        assertThat(((HandlerAssigned) approval.events().get(1)).handlerId()).isEqualTo(HANDLER.id());
        MerchantVerificationRequested verification = (MerchantVerificationRequested) approval.events().get(2);
        assertThat(verification.merchantId()).isEqualTo("merchant-demo-1");
        assertThat(verification.proposedRemedy()).isEqualTo(Remedy.RETURN_REFUND);
        assertThat(diagnosisCase.status()).isEqualTo(DiagnosisStatus.AWAITING_MERCHANT);
        assertThat(diagnosisCase.handlerId()).isEqualTo(HANDLER.id());
    }

    @Test
    void aNotAsDescribedClaimAlsoGoesToTheMerchant() {
        DiagnosisCase diagnosisCase = newCase(ServiceType.EXCHANGE);

        approve(diagnosisCase, ProblemCategory.NOT_AS_DESCRIBED);

        assertThat(diagnosisCase.status()).isEqualTo(DiagnosisStatus.AWAITING_MERCHANT);
    }

    @ParameterizedTest
    @EnumSource(value = ProblemCategory.class, names = {"LOGISTICS", "WRONG_ITEM", "MISSING_PARTS", "CHANGED_MIND"})
    void otherCategoriesGetTheirRemedyAtOnce(ProblemCategory category) {
        DiagnosisCase diagnosisCase = newCase(ServiceType.REFUND_ONLY);

        Transition approval = approve(diagnosisCase, category);

        assertThat(approval.events()).map(Object::getClass).containsExactly(CaseDiagnosed.class,
                HandlerAssigned.class, RemedyDecided.class);
        RemedyDecided decided = (RemedyDecided) approval.events().get(2);
        assertThat(decided.remedy()).isEqualTo(Remedy.REFUND_ONLY);
        assertThat(decided.refundAmount()).isEqualTo(Money.of("80.00", "CNY"));
        assertThat(diagnosisCase.status()).isEqualTo(DiagnosisStatus.REMEDY_DECIDED);
    }

    @Test
    void aSecondApprovalChangesNothing() {
        DiagnosisCase diagnosisCase = awaitingMerchant();

        Transition again = approve(diagnosisCase, ProblemCategory.LOGISTICS, Priority.HIGH, RiskAssessment.clean());

        assertThat(again.isApplied()).isFalse();
        assertThat(again.events()).isEmpty();
        assertThat(diagnosisCase.category()).isEqualTo(ProblemCategory.QUALITY_DEFECT);
        assertThat(diagnosisCase.status()).isEqualTo(DiagnosisStatus.AWAITING_MERCHANT);
    }

    @Test
    void aClosedCaseIsNotDiagnosed() {
        DiagnosisCase diagnosisCase = newCase(ServiceType.REPAIR);
        diagnosisCase.close("WITHDRAWN");

        assertThat(approve(diagnosisCase, ProblemCategory.QUALITY_DEFECT).isApplied()).isFalse();
        assertThat(diagnosisCase.status()).isEqualTo(DiagnosisStatus.CLOSED);
    }

    @Test
    void theMerchantAcceptingDecidesTheProposedRemedy() {
        DiagnosisCase diagnosisCase = awaitingMerchant();

        List<CaseEvent> events = diagnosisCase.respondAsMerchant(MerchantDecision.ACCEPT, null, REMEDIES, MERCHANT);

        assertThat(events).map(Object::getClass).containsExactly(MerchantResponded.class, RemedyDecided.class);
        MerchantResponded responded = (MerchantResponded) events.get(0);
        assertThat(responded.decision()).isEqualTo(MerchantDecision.ACCEPT);
        assertThat(responded.byDeadline()).isFalse();
        assertThat(responded.actor()).isEqualTo(MERCHANT);
        RemedyDecided decided = (RemedyDecided) events.get(1);
        assertThat(decided.remedy()).isEqualTo(Remedy.RETURN_REFUND);
        assertThat(decided.returnRequired()).isTrue();
        assertThat(diagnosisCase.status()).isEqualTo(DiagnosisStatus.REMEDY_DECIDED);
    }

    @Test
    void theMerchantRejectingOpensADispute() {
        DiagnosisCase diagnosisCase = awaitingMerchant();

        List<CaseEvent> events = diagnosisCase.respondAsMerchant(MerchantDecision.REJECT, "used, not defective",
                REMEDIES, MERCHANT);

        assertThat(events).map(Object::getClass).containsExactly(MerchantResponded.class, CaseDisputed.class);
        assertThat(((MerchantResponded) events.get(0)).reason()).isEqualTo("used, not defective");
        assertThat(((CaseDisputed) events.get(1)).reason()).contains("used, not defective");
        assertThat(diagnosisCase.status()).isEqualTo(DiagnosisStatus.IN_DISPUTE);
    }

    @Test
    void aRejectionNeedsAReason() {
        DiagnosisCase diagnosisCase = awaitingMerchant();

        assertThatThrownBy(() -> diagnosisCase.respondAsMerchant(MerchantDecision.REJECT, " ", REMEDIES, MERCHANT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(diagnosisCase.status()).isEqualTo(DiagnosisStatus.AWAITING_MERCHANT);
    }

    @Test
    void theMerchantCanAnswerOnlyOnce() {
        DiagnosisCase diagnosisCase = awaitingMerchant();
        diagnosisCase.respondAsMerchant(MerchantDecision.ACCEPT, null, REMEDIES, MERCHANT);

        assertThatThrownBy(() -> diagnosisCase.respondAsMerchant(MerchantDecision.REJECT, "no", REMEDIES, MERCHANT))
                .isInstanceOfSatisfying(CaseStateConflict.class, conflict ->
                        assertThat(conflict.currentStatus()).isEqualTo(DiagnosisStatus.REMEDY_DECIDED));
    }

    @Test
    void theMerchantCannotAnswerACaseThatWasNeverSentToThem() {
        DiagnosisCase diagnosisCase = newCase(ServiceType.REFUND_ONLY);
        approve(diagnosisCase, ProblemCategory.LOGISTICS);

        assertThatThrownBy(() -> diagnosisCase.respondAsMerchant(MerchantDecision.ACCEPT, null, REMEDIES, MERCHANT))
                .isInstanceOf(CaseStateConflict.class);
        assertThatThrownBy(() -> newCase(ServiceType.REPAIR)
                .respondAsMerchant(MerchantDecision.ACCEPT, null, REMEDIES, MERCHANT))
                .isInstanceOfSatisfying(CaseStateConflict.class, conflict ->
                        assertThat(conflict.currentStatus()).isEqualTo(DiagnosisStatus.NEW));
    }

    @Test
    void silenceUntilTheDeadlineAcceptsOnTheMerchantsBehalf() {
        DiagnosisCase diagnosisCase = awaitingMerchant();

        Transition accepted = diagnosisCase.acceptOnMerchantsBehalf(REMEDIES, SYSTEM);

        assertThat(accepted.events()).map(Object::getClass).containsExactly(MerchantResponded.class,
                RemedyDecided.class);
        MerchantResponded responded = (MerchantResponded) accepted.events().get(0);
        assertThat(responded.byDeadline()).isTrue();
        assertThat(responded.decision()).isEqualTo(MerchantDecision.ACCEPT);
        assertThat(responded.reason()).isEqualTo("no response within the deadline");
        assertThat(responded.actor().role()).isEqualTo(ActorRole.SYSTEM);
        assertThat(diagnosisCase.status()).isEqualTo(DiagnosisStatus.REMEDY_DECIDED);
    }

    @Test
    void theDeadlineDoesNotOverruleAMerchantWhoAnswered() {
        DiagnosisCase diagnosisCase = awaitingMerchant();
        diagnosisCase.respondAsMerchant(MerchantDecision.REJECT, "scratched by the customer", REMEDIES, MERCHANT);

        Transition late = diagnosisCase.acceptOnMerchantsBehalf(REMEDIES, SYSTEM);

        assertThat(late.isApplied()).isFalse();
        assertThat(late.skippedBecause()).contains("IN_DISPUTE");
        assertThat(diagnosisCase.status()).isEqualTo(DiagnosisStatus.IN_DISPUTE);
    }

    @Test
    void priorityRisesOnceAndNeverForAClosedCase() {
        DiagnosisCase diagnosisCase = awaitingMerchant();

        Transition raised = diagnosisCase.raisePriority(Priority.HIGH, "unresolved", SYSTEM);
        Transition again = diagnosisCase.raisePriority(Priority.HIGH, "unresolved", SYSTEM);

        assertThat(raised.events()).singleElement().isInstanceOfSatisfying(PriorityChanged.class,
                changed -> assertThat(changed.priority()).isEqualTo(Priority.HIGH));
        assertThat(again.isApplied()).isFalse();
        assertThat(again.skippedBecause()).contains("already HIGH");

        DiagnosisCase closed = newCase(ServiceType.REPAIR);
        closed.close("WITHDRAWN");
        assertThat(closed.raisePriority(Priority.HIGH, "unresolved", SYSTEM).isApplied()).isFalse();
    }

    @Test
    void anUrgentCaseIsNotRaisedToHigh() {
        DiagnosisCase diagnosisCase = newCase(ServiceType.REPAIR);
        diagnosisCase.raisePriority(Priority.URGENT, "agent", SYSTEM);

        assertThat(diagnosisCase.raisePriority(Priority.HIGH, "unresolved", SYSTEM).isApplied()).isFalse();
        assertThat(diagnosisCase.priority()).isEqualTo(Priority.URGENT);
    }

    @Test
    void aPriorityRaisedBeforeDiagnosisIsKept() {
        DiagnosisCase diagnosisCase = newCase(ServiceType.REPAIR);
        diagnosisCase.raisePriority(Priority.HIGH, "unresolved", SYSTEM);

        Transition approval = approve(diagnosisCase, ProblemCategory.QUALITY_DEFECT);

        assertThat(((CaseDiagnosed) approval.events().get(0)).priority()).isEqualTo(Priority.HIGH);
    }

    @Test
    void aCaseClosesOnceFromAnyStage() {
        DiagnosisCase diagnosisCase = awaitingMerchant();

        assertThat(diagnosisCase.close("WITHDRAWN").isApplied()).isTrue();
        assertThat(diagnosisCase.close("RESOLVED").isApplied()).isFalse();
        assertThat(diagnosisCase.status()).isEqualTo(DiagnosisStatus.CLOSED);
        assertThat(diagnosisCase.closedReason()).isEqualTo("WITHDRAWN");
        assertThat(diagnosisCase.acceptOnMerchantsBehalf(REMEDIES, SYSTEM).isApplied()).isFalse();
        assertThatThrownBy(() -> diagnosisCase.respondAsMerchant(MerchantDecision.ACCEPT, null, REMEDIES, MERCHANT))
                .isInstanceOf(CaseStateConflict.class);
    }
}
