package com.marketplace.aftersales.fulfillment.cases;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.platform.web.ApiProblem;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * How every command of the API changes a case, inside the caller's transaction (the one that also stores the
 * idempotent response): take the case's lock, load the case, check the caller may act on it, let the case decide,
 * save the case with its events. A case that does not exist and another's case are the same {@code 404}; a step the
 * state forbids (or a concurrent change that got there first) is a {@code 409} naming the current status.
 */
@Service
public class CaseCommands {

    private static final Logger log = LoggerFactory.getLogger(CaseCommands.class);

    private final FulfillmentCases cases;
    private final CaseLocks locks;

    CaseCommands(FulfillmentCases cases, CaseLocks locks) {
        this.cases = cases;
        this.locks = locks;
    }

    /**
     * @param access who the caller acts as on this case, or empty when it is not theirs
     * @param step   the decision, given the case and the acting caller; it may write the rows that belong to the step
     *               (a payment, a shipment) before the case is saved
     * @return the case as saved
     */
    public Mono<FulfillmentCase> act(UUID caseId, Function<FulfillmentCase, Optional<Actor>> access,
                                     BiFunction<FulfillmentCase, Actor, Mono<Transition>> step) {
        // The case's lock before its rows, in the order every writer of a case takes them (a withdrawal, a remedy, the
        // workers): a step that updated the row first and then waited for the lock (the outbox takes it to append)
        // could deadlock with a withdrawal holding the lock and waiting for the row.
        return locks.lockForThisTransaction(caseId)
                .then(cases.find(caseId))
                .switchIfEmpty(Mono.error(() -> notFound(caseId)))
                .flatMap(target -> {
                    Actor actor = access.apply(target).orElseThrow(() -> notFound(caseId));
                    return step.apply(target, actor);
                })
                .flatMap(cases::save)
                .doOnNext(saved -> log.atInfo().addKeyValue("caseId", caseId).log("Case is now {}", saved.status()))
                .onErrorMap(TransitionRefused.class, e -> ApiProblem.conflict(e.getMessage(), e.problemProperties()))
                .onErrorResume(ConcurrentCaseChange.class, e -> cases.find(caseId).flatMap(current -> Mono.error(
                        ApiProblem.conflict("The case changed while this request was handled; it is now "
                                + current.status(), current.status().name()))));
    }

    private static ApiProblem notFound(UUID caseId) {
        return ApiProblem.notFound("Case " + caseId);
    }
}
