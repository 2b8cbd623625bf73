package com.marketplace.aftersales.diagnosis.cases;

import static com.marketplace.aftersales.diagnosis.cases.CaseMother.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.aftersales.contracts.diagnosis.CaseDiagnosed;
import com.marketplace.aftersales.contracts.diagnosis.CompensationApproved;
import com.marketplace.aftersales.contracts.diagnosis.HandlerAssigned;
import com.marketplace.aftersales.contracts.diagnosis.MerchantDecision;
import com.marketplace.aftersales.contracts.diagnosis.MerchantResponded;
import com.marketplace.aftersales.contracts.diagnosis.RemedyDecided;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.ProblemCategory;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.event.ServiceType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Compensation needs an amount a person approved: an agent within the limit, a supervisor above it. */
class CompensationCaseTest {

    @Test
    void aCompensationRequestWaitsForItsHandlerToNameAnAmount() {
        DiagnosisCase diagnosisCase = newCase(ServiceType.COMPENSATION, Money.of("15.00", "CNY"));

        Transition approval = approve(diagnosisCase, ProblemCategory.MISSING_PARTS);

        assertThat(approval.events()).map(Object::getClass).containsExactly(CaseDiagnosed.class,
                HandlerAssigned.class);
        assertThat(diagnosisCase.status()).isEqualTo(DiagnosisStatus.AWAITING_AGENT);
    }

    @Test
    void aMerchantAcceptingACompensationClaimLeavesTheAmountToTheHandler() {
        DiagnosisCase diagnosisCase = newCase(ServiceType.COMPENSATION, Money.of("15.00", "CNY"));
        approve(diagnosisCase, ProblemCategory.NOT_AS_DESCRIBED);

        List<CaseEvent> events = diagnosisCase.respondAsMerchant(MerchantDecision.ACCEPT, null, REMEDIES, MERCHANT);

        assertThat(events).map(Object::getClass).containsExactly(MerchantResponded.class);
        assertThat(diagnosisCase.status()).isEqualTo(DiagnosisStatus.AWAITING_AGENT);
    }

    @Test
    void aSupervisorApprovingDecidesTheCompensation() {
        DiagnosisCase diagnosisCase = awaitingSupervisor("35.00");

        List<CaseEvent> events = diagnosisCase.decideCompensation(true, REMEDIES, SUPERVISOR);

        assertThat(events).map(Object::getClass).containsExactly(CompensationApproved.class, RemedyDecided.class);
        CompensationApproved approved = (CompensationApproved) events.get(0);
        assertThat(approved.approvedByRole()).isEqualTo("SUPERVISOR");
        assertThat(approved.amount()).isEqualTo(Money.of("35.00", "CNY"));
        assertThat(approved.actor()).isEqualTo(SUPERVISOR);
        RemedyDecided decided = (RemedyDecided) events.get(1);
        assertThat(decided.remedy()).isEqualTo(Remedy.COMPENSATION);
        assertThat(decided.compensationAmount()).isEqualTo(Money.of("35.00", "CNY"));
        assertThat(decided.actor()).isEqualTo(SUPERVISOR);
        assertThat(diagnosisCase.status()).isEqualTo(DiagnosisStatus.REMEDY_DECIDED);
    }

    @Test
    void aRefusalGivesTheCaseBackToItsHandlerWithoutCompensation() {
        DiagnosisCase diagnosisCase = awaitingSupervisor("35.00");

        assertThat(diagnosisCase.decideCompensation(false, REMEDIES, SUPERVISOR)).isEmpty();

        assertThat(diagnosisCase.status()).isEqualTo(DiagnosisStatus.AWAITING_AGENT);
        assertThat(diagnosisCase.proposedAmount()).isNull();
        // The handler decides again, e.g. a smaller amount within their own limit.
        List<CaseEvent> events = diagnosisCase.override(compensation(ProblemCategory.MISSING_PARTS, "10.00"),
                REMEDIES, COMPENSATION, AGENT);
        assertThat(events).map(Object::getClass).containsExactly(CaseDiagnosed.class, CompensationApproved.class,
                RemedyDecided.class);
    }

    @Test
    void onlyCompensationAwaitingASupervisorCanBeApproved() {
        assertThatThrownBy(() -> awaitingAgent().decideCompensation(true, REMEDIES, SUPERVISOR))
                .isInstanceOfSatisfying(CaseStateConflict.class,
                        conflict -> assertThat(conflict.currentStatus()).isEqualTo(DiagnosisStatus.AWAITING_AGENT));
    }

    private static DiagnosisCase awaitingSupervisor(String amount) {
        DiagnosisCase diagnosisCase = awaitingAgent();
        diagnosisCase.override(compensation(ProblemCategory.MISSING_PARTS, amount), REMEDIES, COMPENSATION, AGENT);
        assertThat(diagnosisCase.status()).isEqualTo(DiagnosisStatus.AWAITING_SUPERVISOR);
        return diagnosisCase;
    }
}
