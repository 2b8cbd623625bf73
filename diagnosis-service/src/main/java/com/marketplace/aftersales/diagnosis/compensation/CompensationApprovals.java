package com.marketplace.aftersales.diagnosis.compensation;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.diagnosis.DiagnosisMetrics;
import com.marketplace.aftersales.diagnosis.cases.DecisionLog;
import com.marketplace.aftersales.diagnosis.remedy.RemedyRules;
import com.marketplace.aftersales.diagnosis.web.CaseCommands;
import com.marketplace.aftersales.diagnosis.web.MoneyOutput;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** A supervisor approves or refuses compensation above the agent's limit. */
@Service
class CompensationApprovals {

    private final CaseCommands commands;
    private final RemedyRules remedies;
    private final DecisionLog decisions;
    private final DiagnosisMetrics metrics;

    CompensationApprovals(CaseCommands commands, RemedyRules remedies, DecisionLog decisions,
                          DiagnosisMetrics metrics) {
        this.commands = commands;
        this.remedies = remedies;
        this.decisions = decisions;
        this.metrics = metrics;
    }

    /** Runs inside the request's transaction; answers the amount decided on and the case's stage afterwards. */
    Mono<CompensationDecisionRecorded> decide(UUID caseId, boolean approve, String note, Actor supervisor) {
        AtomicReference<Money> amount = new AtomicReference<>();
        return commands.run(caseId, anyCase -> true, diagnosisCase -> {
                    amount.set(diagnosisCase.proposedAmount());
                    return diagnosisCase.decideCompensation(approve, remedies, supervisor);
                })
                .flatMap(saved -> decisions.record(caseId, DecisionLog.Kind.COMPENSATION_APPROVAL,
                                (approve ? "APPROVED " : "REFUSED ") + amount.get().amount().toPlainString() + " "
                                        + amount.get().currency(), supervisor, note)
                        // An approval is counted from its CompensationApproved; a refusal has no event.
                        .then(approve ? Mono.empty()
                                : metrics.compensationDecisionWhenCommitted("refused", supervisor.role().name()))
                        .thenReturn(new CompensationDecisionRecorded(caseId, approve,
                                approve ? MoneyOutput.of(amount.get()) : null,
                                saved.status().name())));
    }
}
