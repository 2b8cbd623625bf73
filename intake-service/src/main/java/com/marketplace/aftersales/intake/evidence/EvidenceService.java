package com.marketplace.aftersales.intake.evidence;

import com.marketplace.aftersales.contracts.intake.EvidenceRef;
import com.marketplace.aftersales.intake.IntakeMetrics;
import com.marketplace.aftersales.intake.IntakeProperties;
import com.marketplace.aftersales.intake.cases.AfterSalesCase;
import com.marketplace.aftersales.intake.cases.CaseChanges;
import com.marketplace.aftersales.intake.web.Callers;
import com.marketplace.aftersales.platform.web.ApiProblem;
import com.marketplace.aftersales.platform.security.Caller;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Adds a customer's file to their case (the file's row, its blocks and {@code EvidenceAdded} commit together) and
 * serves it back.
 */
@Component
class EvidenceService {

    private static final Logger log = LoggerFactory.getLogger(EvidenceService.class);

    private final CaseChanges cases;
    private final EvidenceStore store;
    private final Clock clock;
    private final IntakeMetrics metrics;
    private final IntakeProperties.Evidence limits;
    private final TransactionalOperator transactions;

    EvidenceService(CaseChanges cases, EvidenceStore store, Clock clock, IntakeMetrics metrics,
                    IntakeProperties properties, ReactiveTransactionManager transactionManager) {
        this.cases = cases;
        this.store = store;
        this.clock = clock;
        this.metrics = metrics;
        this.limits = properties.evidence();
        this.transactions = TransactionalOperator.create(transactionManager);
    }

    /** Before reading a large body: the case must be the caller's ({@code 404}) and still take evidence ({@code 409}). */
    Mono<Void> checkCanAdd(Caller caller, UUID caseId) {
        return cases.find(caseId, ownedBy(caller))
                .flatMap(found -> found.acceptsEvidence() ? Mono.<Void>empty()
                        : Mono.error(ApiProblem.conflict("Evidence cannot be added to a case that is "
                        + found.status(), Map.of("currentStatus", found.status().name()))));
    }

    Mono<EvidenceRef> add(Caller caller, UUID caseId, ReceivedFile file) {
        UUID evidenceId = UUID.randomUUID();
        EvidenceRef ref = new EvidenceRef(evidenceId, file.type().mimeType(), file.size(), file.sha256());
        // The count is taken under the case's lock, which every change of the case takes first: two uploads (on any
        // instance) cannot both count the last free place.
        return cases.lock(caseId)
                .then(cases.find(caseId, ownedBy(caller)))
                .then(store.countFor(caseId))
                .flatMap(pieces -> pieces >= limits.maxPerCase()
                        ? Mono.error(tooMany())
                        : Mono.empty())
                .then(cases.decide(caseId, ownedBy(caller),
                        found -> found.addEvidence(ref, Callers.customer(caller, found.channel()))))
                .then(store.insert(evidenceId, caseId, file, caller.id(), clock.instant()))
                .thenReturn(ref)
                .as(transactions::transactional)
                .doOnNext(stored -> {
                    metrics.evidenceStored(stored.contentType(), stored.size());
                    log.atInfo().addKeyValue("caseId", caseId).addKeyValue("evidenceId", evidenceId)
                            .addKeyValue("size", stored.size()).log("Evidence stored");
                });
    }

    /** The file as the caller may see it: what it is, and its bytes as a stream of blocks. */
    Mono<Download> content(Predicate<AfterSalesCase> mayView, UUID caseId, UUID evidenceId) {
        return cases.find(caseId, mayView)
                .then(store.find(caseId, evidenceId))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Evidence " + evidenceId)))
                .map(stored -> new Download(stored, store.content(stored)));
    }

    record Download(EvidenceStore.StoredEvidence file, Flux<DataBuffer> bytes) {
    }

    static Predicate<AfterSalesCase> ownedBy(Caller caller) {
        return found -> found.isOwnedBy(caller.id());
    }

    private ApiProblem tooMany() {
        metrics.evidenceRefused("too_many");
        return ApiProblem.unprocessable(EvidenceUpload.FILE_PART,
                "a case holds at most " + limits.maxPerCase() + " pieces of evidence");
    }
}
