package com.marketplace.aftersales.diagnosis.cases;

import com.marketplace.aftersales.diagnosis.risk.CustomerHistory;
import com.marketplace.aftersales.diagnosis.risk.RiskAssessment;
import com.marketplace.aftersales.diagnosis.risk.RiskRules;
import java.time.Clock;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Assesses a case with the risk rules from what diagnosis itself recorded: the refunds it decided for the customer
 * within the window (its own {@code RemedyDecided}s, instant refunds included; fulfillment's {@code RefundIssued} is
 * not consumed, because a burst of requests must count when it is decided, not days later when the money moves), and
 * the evidence hashes intake reported for every case.
 */
@Component
class CustomerRisk {

    private final CaseRepository cases;
    private final EvidenceRepository evidence;
    private final RiskRules rules;
    private final Clock clock;

    CustomerRisk(CaseRepository cases, EvidenceRepository evidence, RiskRules rules, Clock clock) {
        this.cases = cases;
        this.evidence = evidence;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * Runs inside the transaction that acts on the assessment; holds the customer's lock until it ends, so the refund
     * the caller may decide is counted by the next assessment of the same customer.
     */
    Mono<RiskAssessment> assess(DiagnosisCase diagnosisCase) {
        CaseFacts facts = diagnosisCase.facts();
        return cases.lockCustomer(facts.customerId())
                .then(Mono.zip(
                        cases.refundsDecidedSince(facts.customerId(), facts.caseId(),
                                clock.instant().minus(rules.settings().refundWindow())),
                        evidence.casesWithEarlierCopies(facts.caseId())))
                .map(found -> rules.assess(new CustomerHistory(found.getT1(), found.getT2())));
    }
}
