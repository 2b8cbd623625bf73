package com.marketplace.aftersales.diagnosis.override;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.diagnosis.cases.DecisionLog;
import com.marketplace.aftersales.diagnosis.cases.DiagnosisCase;
import com.marketplace.aftersales.diagnosis.cases.StaffDiagnosis;
import com.marketplace.aftersales.diagnosis.remedy.CompensationRules;
import com.marketplace.aftersales.diagnosis.remedy.RemedyRules;
import com.marketplace.aftersales.diagnosis.web.CaseCommands;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Records an agent's override of a case's classification and remedy. Staff may act on every case. */
@Service
class Overrides {

    private final CaseCommands commands;
    private final RemedyRules remedies;
    private final CompensationRules compensation;
    private final DecisionLog decisions;

    Overrides(CaseCommands commands, RemedyRules remedies, CompensationRules compensation, DecisionLog decisions) {
        this.commands = commands;
        this.remedies = remedies;
        this.compensation = compensation;
        this.decisions = decisions;
    }

    /** Runs inside the request's transaction (the one that also stores the idempotent response). */
    Mono<DiagnosisCase> override(UUID caseId, StaffDiagnosis diagnosis, Actor staff) {
        return commands.run(caseId, anyCase -> true,
                        diagnosisCase -> diagnosisCase.override(diagnosis, remedies, compensation, staff))
                .flatMap(saved -> decisions.record(caseId, DecisionLog.Kind.OVERRIDE,
                        diagnosis.category() + " / " + diagnosis.remedy() + " -> " + saved.status(), staff,
                        diagnosis.note()).thenReturn(saved));
    }
}
