package com.marketplace.aftersales.diagnosis.cases;

import com.marketplace.aftersales.contracts.diagnosis.MerchantDecision;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.Channel;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Priority;
import com.marketplace.aftersales.contracts.event.ProblemCategory;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.event.ServiceType;
import com.marketplace.aftersales.diagnosis.assignment.Agent;
import com.marketplace.aftersales.diagnosis.remedy.CompensationRules;
import com.marketplace.aftersales.diagnosis.remedy.CompensationSettings;
import com.marketplace.aftersales.diagnosis.remedy.DisputeRules;
import com.marketplace.aftersales.diagnosis.remedy.DisputeSettings;
import com.marketplace.aftersales.diagnosis.remedy.InstantRefundRules;
import com.marketplace.aftersales.diagnosis.remedy.InstantRefundSettings;
import com.marketplace.aftersales.diagnosis.remedy.RemedyRules;
import com.marketplace.aftersales.diagnosis.remedy.ReturnWarehouses;
import com.marketplace.aftersales.diagnosis.risk.RiskAssessment;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Cases at each stage, and the rules and actors with their default settings, for the domain's unit tests. */
final class CaseMother {

    static final Money LINE_PAID = Money.of("129.00", "CNY");
    static final Actor SYSTEM = Actor.system("diagnosis-service");
    static final Actor MERCHANT = new Actor("merchant-user", ActorRole.MERCHANT, Channel.MERCHANT_CONSOLE);
    static final Actor AGENT = new Actor("agent-7", ActorRole.AGENT, Channel.STAFF_CONSOLE);
    static final Actor SUPERVISOR = new Actor("supervisor-2", ActorRole.SUPERVISOR, Channel.STAFF_CONSOLE);
    static final Actor RISK_OFFICER = new Actor("risk-1", ActorRole.RISK, Channel.STAFF_CONSOLE);
    static final Agent HANDLER = new Agent("agent-1", "Agent One", Set.of(ProblemCategory.values()));
    static final RemedyRules REMEDIES = new RemedyRules(new ReturnWarehouses(null, null));
    static final CompensationRules COMPENSATION = new CompensationRules(CompensationSettings.defaults());
    static final DisputeRules DISPUTES = new DisputeRules(DisputeSettings.defaults());
    static final InstantRefundRules INSTANT_REFUNDS = new InstantRefundRules(InstantRefundSettings.defaults());
    static final RiskAssessment SUSPICIOUS = new RiskAssessment(List.of(
            "REFUND_FREQUENCY: 6 refunds decided in the last 30 days, more than 5"));

    private CaseMother() {
    }

    static DiagnosisCase newCase(ServiceType serviceType) {
        return newCase(serviceType, Money.of("80.00", "CNY"));
    }

    static DiagnosisCase newCase(ServiceType serviceType, Money requested) {
        return DiagnosisCase.submitted(new CaseFacts(UUID.randomUUID(), "AS-20261122-000042", "customer-demo-1",
                "merchant-demo-1", "order-1", "line-1", serviceType, "it is broken", requested, LINE_PAID,
                "electronics"));
    }

    static Transition approve(DiagnosisCase diagnosisCase, ProblemCategory category) {
        return approve(diagnosisCase, category, Priority.NORMAL, RiskAssessment.clean());
    }

    static Transition approve(DiagnosisCase diagnosisCase, ProblemCategory category, Priority priority,
                              RiskAssessment assessment) {
        Remedy proposed = RemedyRules.proposedFor(diagnosisCase.facts().serviceType());
        return diagnosisCase.approve(new Diagnosis(category, priority, proposed, "keywords: broken"), HANDLER,
                assessment, REMEDIES, SYSTEM);
    }

    static DiagnosisCase awaitingMerchant() {
        DiagnosisCase diagnosisCase = newCase(ServiceType.RETURN_REFUND);
        approve(diagnosisCase, ProblemCategory.QUALITY_DEFECT);
        return diagnosisCase;
    }

    static DiagnosisCase inDispute(ServiceType serviceType) {
        DiagnosisCase diagnosisCase = newCase(serviceType);
        approve(diagnosisCase, ProblemCategory.QUALITY_DEFECT);
        diagnosisCase.respondAsMerchant(MerchantDecision.REJECT,
                "used, not defective", REMEDIES, MERCHANT);
        return diagnosisCase;
    }

    static DiagnosisCase underRiskReview(ServiceType serviceType, ProblemCategory category) {
        DiagnosisCase diagnosisCase = newCase(serviceType);
        approve(diagnosisCase, category, Priority.NORMAL, SUSPICIOUS);
        return diagnosisCase;
    }

    /** A compensation request of a category the merchant does not verify: it waits for its handler's amount. */
    static DiagnosisCase awaitingAgent() {
        DiagnosisCase diagnosisCase = newCase(ServiceType.COMPENSATION, Money.of("30.00", "CNY"));
        approve(diagnosisCase, ProblemCategory.MISSING_PARTS);
        return diagnosisCase;
    }

    static StaffDiagnosis compensation(ProblemCategory category, String amount) {
        return new StaffDiagnosis(category, Remedy.COMPENSATION, null, Money.of(amount, "CNY"), "agreed by phone");
    }

    static StaffDiagnosis remedy(ProblemCategory category, Remedy remedy) {
        return new StaffDiagnosis(category, remedy, null, null, null);
    }
}
