package com.marketplace.aftersales.diagnosis.cases;

import com.marketplace.aftersales.contracts.intake.CaseSubmitted;
import com.marketplace.aftersales.contracts.intake.EvidenceRef;
import com.marketplace.aftersales.diagnosis.DiagnosisMetrics;
import com.marketplace.aftersales.platform.consumer.NonRetryableRecordException;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Records the facts of cases as intake reports them, and closes cases that ended elsewhere. */
@Service
class CaseLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CaseLifecycle.class);

    private final CaseRepository cases;
    private final EvidenceRepository evidence;
    private final CaseUpdates updates;
    private final DiagnosisMetrics metrics;

    CaseLifecycle(CaseRepository cases, EvidenceRepository evidence, CaseUpdates updates, DiagnosisMetrics metrics) {
        this.cases = cases;
        this.evidence = evidence;
        this.updates = updates;
        this.metrics = metrics;
    }

    /** @return whether this was the first submission of the case (a re-emitted one changes nothing) */
    Mono<Boolean> submitted(CaseSubmitted submitted, Instant at) {
        CaseFacts facts;
        try {
            facts = CaseFacts.of(submitted);
        } catch (IllegalArgumentException e) {
            // Retrying cannot fix a submission this version cannot read; park it for a replay after the fix.
            throw new NonRetryableRecordException("Unusable CaseSubmitted for case " + submitted.caseId() + ": "
                    + e.getMessage(), e);
        }
        return cases.insertIfAbsent(DiagnosisCase.submitted(facts), at)
                .flatMap(inserted -> {
                    if (!inserted) {
                        log.info("Case {} was submitted before; keeping the first submission", facts.caseId());
                    }
                    return Flux.fromIterable(submitted.evidence())
                            .concatMap(ref -> evidence.record(facts.caseId(), ref, at))
                            .then(Mono.just(inserted));
                });
    }

    Mono<Void> evidenceAdded(UUID caseId, EvidenceRef ref, Instant at) {
        if (ref == null || ref.evidenceId() == null || ref.sha256() == null) {
            throw new NonRetryableRecordException("EvidenceAdded for case " + caseId + " carries no evidence hash");
        }
        return evidence.record(caseId, ref, at);
    }

    /**
     * @param mustBeKnown whether an unknown case is an error (intake's own events arrive in order after the
     *                    submission) or merely nothing to do (another stage ending a case diagnosis has no record of)
     */
    Mono<Void> close(UUID caseId, String reason, boolean mustBeKnown) {
        return cases.find(caseId)
                .switchIfEmpty(Mono.defer(() -> mustBeKnown
                        ? Mono.error(new CaseNeverSeen(caseId, "Closing (" + reason + ")"))
                        : Mono.empty()))
                .flatMap(diagnosisCase -> {
                    Transition closing = diagnosisCase.close(reason);
                    if (!closing.isApplied()) {
                        log.debug("Case {} not closed again: {}", caseId, closing.skippedBecause());
                        return Mono.empty();
                    }
                    return updates.save(diagnosisCase, closing.events())
                            .then(metrics.caseClosedWhenCommitted(reason));
                });
    }
}
