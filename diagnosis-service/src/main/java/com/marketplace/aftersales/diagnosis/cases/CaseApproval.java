package com.marketplace.aftersales.diagnosis.cases;

import com.marketplace.aftersales.diagnosis.Actors;
import com.marketplace.aftersales.diagnosis.assignment.Agent;
import com.marketplace.aftersales.diagnosis.assignment.HandlerRoster;
import com.marketplace.aftersales.diagnosis.classification.Classification;
import com.marketplace.aftersales.diagnosis.classification.ProblemClassifier;
import com.marketplace.aftersales.diagnosis.remedy.RemedyRules;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Diagnoses an approved request: classifies it from its description and service type, picks the least-loaded skilled
 * agent, and lets the case decide what follows (merchant verification or the remedy).
 */
@Service
class CaseApproval {

    private static final Logger log = LoggerFactory.getLogger(CaseApproval.class);

    private final CaseRepository cases;
    private final CaseUpdates updates;
    private final ProblemClassifier classifier;
    private final HandlerRoster roster;
    private final RemedyRules remedies;

    CaseApproval(CaseRepository cases, CaseUpdates updates, ProblemClassifier classifier, HandlerRoster roster,
                 RemedyRules remedies) {
        this.cases = cases;
        this.updates = updates;
        this.classifier = classifier;
        this.roster = roster;
        this.remedies = remedies;
    }

    Mono<Void> approved(UUID caseId) {
        return cases.find(caseId)
                .switchIfEmpty(Mono.error(() -> new CaseNeverSeen(caseId, "Approval")))
                .flatMap(diagnosisCase -> diagnosisCase.status() != DiagnosisStatus.NEW
                        ? skip(diagnosisCase)
                        : cases.openCasesByHandler().flatMap(loads -> {
                            CaseFacts facts = diagnosisCase.facts();
                            Classification classification = classifier.classify(facts.serviceType(),
                                    facts.description());
                            Diagnosis diagnosis = new Diagnosis(classification.category(), classification.priority(),
                                    RemedyRules.proposedFor(facts.serviceType()), classification.note());
                            Agent handler = roster.choose(classification.category(), loads);
                            Transition approval = diagnosisCase.approve(diagnosis, handler, remedies, Actors.SYSTEM);
                            return updates.save(diagnosisCase, approval.events());
                        }));
    }

    private static Mono<Void> skip(DiagnosisCase diagnosisCase) {
        log.info("Approval of case {} ignored: it is {}", diagnosisCase.caseId(), diagnosisCase.status());
        return Mono.empty();
    }
}
