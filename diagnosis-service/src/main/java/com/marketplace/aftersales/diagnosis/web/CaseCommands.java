package com.marketplace.aftersales.diagnosis.web;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.diagnosis.cases.CaseRepository;
import com.marketplace.aftersales.diagnosis.cases.CaseStateConflict;
import com.marketplace.aftersales.diagnosis.cases.CaseUpdates;
import com.marketplace.aftersales.diagnosis.cases.ConcurrentCaseUpdate;
import com.marketplace.aftersales.diagnosis.cases.DiagnosisCase;
import com.marketplace.aftersales.diagnosis.remedy.AmountRefused;
import com.marketplace.aftersales.platform.web.ApiProblem;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Runs one command of the API on one case: find it (a case the caller may not act on reads as no case: 404), let the
 * case decide, save it with its events. A decision the case's stage forbids is a 409 naming the stage; an amount the
 * rules refuse is a 422 naming the field. Runs inside the request's transaction (the one that also stores the
 * idempotent response), so a refusal leaves nothing behind.
 */
@Component
public class CaseCommands {

    /** A consumer (a deadline action) racing the command: read again; the second reading usually settles it. */
    private static final int CONCURRENT_UPDATE_RETRIES = 2;

    private final CaseRepository cases;
    private final CaseUpdates updates;

    CaseCommands(CaseRepository cases, CaseUpdates updates) {
        this.cases = cases;
        this.updates = updates;
    }

    /**
     * @param mayAct   whether the caller may act on this case; if not, the answer is the same 404 as for no case
     * @param decision the case's decision; may throw {@link CaseStateConflict} or {@link AmountRefused}
     * @return the case as saved
     */
    public Mono<DiagnosisCase> run(UUID caseId, Predicate<DiagnosisCase> mayAct,
                                   Function<DiagnosisCase, List<CaseEvent>> decision) {
        return Mono.defer(() -> cases.find(caseId))
                .filter(mayAct)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Case " + caseId)))
                .flatMap(diagnosisCase -> {
                    List<CaseEvent> events;
                    try {
                        events = decision.apply(diagnosisCase);
                    } catch (CaseStateConflict conflict) {
                        return Mono.error(ApiProblem.conflict(conflict.getMessage() + "; the case is "
                                + conflict.currentStatus(), conflict.currentStatus().name()));
                    } catch (AmountRefused refused) {
                        return Mono.error(ApiProblem.unprocessable(refused.field(), refused.getMessage()));
                    }
                    return updates.save(diagnosisCase, events).thenReturn(diagnosisCase);
                })
                .retryWhen(Retry.max(CONCURRENT_UPDATE_RETRIES).filter(ConcurrentCaseUpdate.class::isInstance)
                        .onRetryExhaustedThrow((spec, signal) -> signal.failure()));
    }
}
