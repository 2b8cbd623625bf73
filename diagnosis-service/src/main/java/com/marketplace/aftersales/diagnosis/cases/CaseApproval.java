package com.marketplace.aftersales.diagnosis.cases;

import com.marketplace.aftersales.diagnosis.Actors;
import com.marketplace.aftersales.diagnosis.assignment.Agent;
import com.marketplace.aftersales.diagnosis.assignment.HandlerRoster;
import com.marketplace.aftersales.diagnosis.classification.Classification;
import com.marketplace.aftersales.diagnosis.classification.ProblemClassifier;
import com.marketplace.aftersales.diagnosis.remedy.InstantRefundRules;
import com.marketplace.aftersales.diagnosis.remedy.RemedyRules;
import com.marketplace.aftersales.diagnosis.risk.RiskAssessment;
import java.util.UUID;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Diagnoses a request: on submission, a small refund from a customer with a clean history is refunded at once (no
 * agent review); on approval, the case is classified from its description and service type, assigned to the
 * least-loaded skilled agent, assessed for risk, and the case decides what follows (risk team, merchant, remedy).
 */
@Service
class CaseApproval {

    private static final Logger log = LoggerFactory.getLogger(CaseApproval.class);

    private final CaseRepository cases;
    private final CaseUpdates updates;
    private final ProblemClassifier classifier;
    private final HandlerRoster roster;
    private final RemedyRules remedies;
    private final InstantRefundRules instantRefunds;
    private final CustomerRisk risk;

    CaseApproval(CaseRepository cases, CaseUpdates updates, ProblemClassifier classifier, HandlerRoster roster,
                 RemedyRules remedies, InstantRefundRules instantRefunds, CustomerRisk risk) {
        this.cases = cases;
        this.updates = updates;
        this.classifier = classifier;
        this.roster = roster;
        this.remedies = remedies;
        this.instantRefunds = instantRefunds;
        this.risk = risk;
    }

    /** A new submission: refunded at once if it qualifies, else it waits for the agent's review. */
    Mono<Void> submitted(UUID caseId) {
        return cases.find(caseId)
                .switchIfEmpty(Mono.error(() -> new CaseNeverSeen(caseId, "Instant-refund check")))
                .filter(diagnosisCase -> diagnosisCase.status() == DiagnosisStatus.NEW && instantRefunds.amountFor(
                        diagnosisCase.facts().serviceType(), diagnosisCase.facts().requestedAmount(),
                        diagnosisCase.facts().linePaid()).isPresent())
                .flatMap(diagnosisCase -> decide(diagnosisCase, (diagnosis, assessment) ->
                        diagnosisCase.refundInstantly(diagnosis.diagnosis(), diagnosis.handler(), instantRefunds,
                                assessment, remedies, Actors.SYSTEM)));
    }

    Mono<Void> approved(UUID caseId) {
        return cases.find(caseId)
                .switchIfEmpty(Mono.error(() -> new CaseNeverSeen(caseId, "Approval")))
                .flatMap(diagnosisCase -> diagnosisCase.status() != DiagnosisStatus.NEW
                        ? skip(diagnosisCase, "it is " + diagnosisCase.status())
                        : decide(diagnosisCase, (diagnosis, assessment) -> diagnosisCase.approve(
                                diagnosis.diagnosis(), diagnosis.handler(), assessment, remedies, Actors.SYSTEM)));
    }

    private Mono<Void> decide(DiagnosisCase diagnosisCase,
                              BiFunction<Classified, RiskAssessment, Transition> decision) {
        return risk.assess(diagnosisCase)
                .zipWith(cases.openCasesByHandler())
                .flatMap(found -> {
                    CaseFacts facts = diagnosisCase.facts();
                    Classification classification = classifier.classify(facts.serviceType(), facts.description());
                    Diagnosis diagnosis = new Diagnosis(classification.category(), classification.priority(),
                            RemedyRules.proposedFor(facts.serviceType()), classification.note());
                    Classified classified = new Classified(diagnosis,
                            roster.choose(classification.category(), found.getT2()));
                    Transition transition = decision.apply(classified, found.getT1());
                    return transition.isApplied()
                            ? updates.save(diagnosisCase, transition.events())
                            : skip(diagnosisCase, transition.skippedBecause());
                });
    }

    private static Mono<Void> skip(DiagnosisCase diagnosisCase, String why) {
        log.info("Case {} left as it is: {}", diagnosisCase.caseId(), why);
        return Mono.empty();
    }

    private record Classified(Diagnosis diagnosis, Agent handler) {
    }
}
