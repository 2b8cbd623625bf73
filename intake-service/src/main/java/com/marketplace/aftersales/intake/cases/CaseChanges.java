package com.marketplace.aftersales.intake.cases;

import com.marketplace.aftersales.platform.web.ApiProblem;
import com.marketplace.aftersales.platform.consumer.NonRetryableRecordException;
import com.marketplace.aftersales.platform.outbox.Outbox;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The one way to act on an existing case: take the case's lock, load it, let the domain object decide, store the new
 * state and append the events it caused to the outbox, all in one transaction (joining the caller's, such as the
 * idempotency record's or the inbox record's). The lock orders changes of one case; the row's version is the backstop:
 * a decision taken on a state that changed meanwhile fails instead of overwriting it.
 */
@Component
public class CaseChanges {

    private final CaseStore store;
    private final Outbox outbox;
    private final Clock clock;
    private final TransactionalOperator transactions;

    CaseChanges(CaseStore store, Outbox outbox, Clock clock, ReactiveTransactionManager transactionManager) {
        this.store = store;
        this.outbox = outbox;
        this.clock = clock;
        this.transactions = TransactionalOperator.create(transactionManager);
    }

    /**
     * For a request: a case the caller may not act on is reported exactly like a missing one ({@code 404}), so nobody
     * learns that another customer's case exists; a state that does not allow the action is a {@code 409} naming the
     * current status.
     *
     * @param mayAct whether the caller may act on the case (a customer: only their own)
     */
    public Mono<CaseChange> decide(UUID caseId, Predicate<AfterSalesCase> mayAct,
                                   Function<AfterSalesCase, CaseChange> decision) {
        return store.lockCase(caseId)
                .then(find(caseId, mayAct))
                .map(decision)
                .onErrorMap(CaseActionRefused.class, CaseChanges::conflict)
                .flatMap(this::record)
                .onErrorMap(ConcurrentCaseChange.class, e -> ApiProblem.conflict(
                        "The case changed while your request was handled; reload it and try again", Map.of()))
                .as(transactions::transactional);
    }

    /**
     * For an event of a later stage, inside the consumer's transaction. An unknown case cannot be fixed by retrying
     * (every case starts in intake), so it goes to the dead-letter topic for someone to look at; a concurrent change is
     * retried by the consumer policy.
     */
    public Mono<CaseChange> apply(UUID caseId, Function<AfterSalesCase, CaseChange> decision) {
        return store.lockCase(caseId)
                .then(store.find(caseId))
                .switchIfEmpty(Mono.error(() -> new NonRetryableRecordException("Intake has no case " + caseId)))
                .map(decision)
                .flatMap(this::record)
                .as(transactions::transactional);
    }

    /**
     * Takes the case's lock for the rest of the caller's transaction, before anything of the case is read: for a
     * decision that depends on more than the case row (how many files it holds, say). Every change of the case takes
     * the same lock first, so nothing changes what the decision read until it commits.
     */
    public Mono<Void> lock(UUID caseId) {
        return store.lockCase(caseId);
    }

    /** The case if the caller may see it; {@code 404} otherwise, whether it exists or not. */
    public Mono<AfterSalesCase> find(UUID caseId, Predicate<AfterSalesCase> mayAct) {
        return store.find(caseId)
                .filter(mayAct)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Case " + caseId)));
    }

    private Mono<CaseChange> record(CaseChange change) {
        if (!change.isChange()) {
            return Mono.just(change);
        }
        return store.update(change.before(), change.after(), clock.instant())
                .then(outbox.append(change.events()))
                .thenReturn(change);
    }

    private static ApiProblem conflict(CaseActionRefused refused) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("currentStatus", refused.currentStatus().name());
        if (refused.movedBy() != null) {
            properties.put("movedBy", refused.movedBy());
        }
        return ApiProblem.conflict(refused.getMessage(), properties);
    }
}
