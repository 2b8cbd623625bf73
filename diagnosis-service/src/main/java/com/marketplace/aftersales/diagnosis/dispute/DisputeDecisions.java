package com.marketplace.aftersales.diagnosis.dispute;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.diagnosis.DiagnosisMetrics;
import com.marketplace.aftersales.diagnosis.cases.Arbitration;
import com.marketplace.aftersales.diagnosis.cases.DecisionLog;
import com.marketplace.aftersales.diagnosis.cases.DiagnosisCase;
import com.marketplace.aftersales.diagnosis.cases.DiagnosisStatus;
import com.marketplace.aftersales.diagnosis.remedy.CompensationRules;
import com.marketplace.aftersales.diagnosis.remedy.DisputeRules;
import com.marketplace.aftersales.diagnosis.remedy.RemedyRules;
import com.marketplace.aftersales.diagnosis.web.CaseCommands;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** The platform's arbitration of a disputed case. */
@Service
class DisputeDecisions {

    private final CaseCommands commands;
    private final RemedyRules remedies;
    private final CompensationRules compensation;
    private final DisputeRules disputes;
    private final DecisionLog decisions;
    private final DiagnosisMetrics metrics;

    DisputeDecisions(CaseCommands commands, RemedyRules remedies, CompensationRules compensation,
                     DisputeRules disputes, DecisionLog decisions, DiagnosisMetrics metrics) {
        this.commands = commands;
        this.remedies = remedies;
        this.compensation = compensation;
        this.disputes = disputes;
        this.decisions = decisions;
        this.metrics = metrics;
    }

    /** Runs inside the request's transaction (the one that also stores the idempotent response). */
    Mono<DiagnosisCase> decide(UUID caseId, Arbitration arbitration, Actor staff) {
        return commands.run(caseId, anyCase -> true, diagnosisCase ->
                        diagnosisCase.decideDispute(arbitration, remedies, compensation, disputes, staff))
                .flatMap(saved -> decisions.record(caseId, DecisionLog.Kind.DISPUTE_DECISION,
                                arbitration.outcome() + " -> " + saved.status(), staff, arbitration.note())
                        .then(saved.status() == DiagnosisStatus.CLOSED
                                ? metrics.caseClosedWhenCommitted(saved.closedReason()) : Mono.empty())
                        .thenReturn(saved));
    }
}
