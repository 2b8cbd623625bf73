package com.marketplace.aftersales.diagnosis.riskreview;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.diagnosis.DiagnosisMetrics;
import com.marketplace.aftersales.diagnosis.cases.CaseRepository;
import com.marketplace.aftersales.diagnosis.cases.DecisionLog;
import com.marketplace.aftersales.diagnosis.cases.DiagnosisCase;
import com.marketplace.aftersales.diagnosis.remedy.RemedyRules;
import com.marketplace.aftersales.diagnosis.web.CaseCommands;
import com.marketplace.aftersales.diagnosis.web.RequestInputs.PageRequest;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** The risk team's queue and decisions. */
@Service
class RiskReviews {

    private final CaseRepository cases;
    private final CaseCommands commands;
    private final RemedyRules remedies;
    private final DecisionLog decisions;
    private final DiagnosisMetrics metrics;

    RiskReviews(CaseRepository cases, CaseCommands commands, RemedyRules remedies, DecisionLog decisions,
                DiagnosisMetrics metrics) {
        this.cases = cases;
        this.commands = commands;
        this.remedies = remedies;
        this.decisions = decisions;
        this.metrics = metrics;
    }

    Mono<FlaggedCasePage> queue(PageRequest page) {
        return cases.awaitingRiskReview(page.size(), page.offset())
                .map(rows -> rows.stream().map(row -> FlaggedCase.of(row.flaggedCase(), row.flaggedAt())).toList())
                .zipWith(cases.countAwaitingRiskReview())
                .map(found -> new FlaggedCasePage(found.getT1(), page.page(), page.size(), found.getT2()));
    }

    /**
     * Runs inside the request's transaction. CLEAR publishes {@code RiskCleared} and lets automatic handling continue;
     * BLOCK ends the case for diagnosis with no event (the contracts have none; see the README), recorded in the
     * decision log.
     */
    Mono<DiagnosisCase> decide(UUID caseId, RiskDecisionInput decision, String note, Actor riskOfficer) {
        return commands.run(caseId, anyCase -> true, diagnosisCase -> switch (decision) {
                    case CLEAR -> diagnosisCase.clearRisk(note, remedies, riskOfficer);
                    case BLOCK -> diagnosisCase.blockRisk();
                })
                .flatMap(saved -> decisions.record(caseId, DecisionLog.Kind.RISK_DECISION, decision.name(),
                                riskOfficer, note)
                        .then(decision == RiskDecisionInput.BLOCK
                                ? metrics.riskDecisionWhenCommitted(decision.name())
                                .then(metrics.caseClosedWhenCommitted(saved.closedReason()))
                                : Mono.empty())
                        .thenReturn(saved));
    }
}
