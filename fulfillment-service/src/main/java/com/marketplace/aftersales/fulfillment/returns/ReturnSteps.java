package com.marketplace.aftersales.fulfillment.returns;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.fulfillment.InspectionResult;
import com.marketplace.aftersales.fulfillment.cases.CaseLocks;
import com.marketplace.aftersales.fulfillment.cases.ConcurrentCaseChange;
import com.marketplace.aftersales.fulfillment.cases.FulfillmentCase;
import com.marketplace.aftersales.fulfillment.cases.FulfillmentCases;
import com.marketplace.aftersales.fulfillment.cases.Transition;
import com.marketplace.aftersales.fulfillment.cases.TransitionRefused;
import com.marketplace.aftersales.fulfillment.execution.RemedySteps;
import com.marketplace.aftersales.fulfillment.returns.ReturnRequests.StepResult;
import com.marketplace.aftersales.platform.security.Caller;
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
 * The steps of a return: the customer ships it, the warehouse (or merchant) confirms receipt, the merchant inspects
 * it; a passed inspection leads straight to the remedy's next step (the refund). Each step takes the case's lock,
 * loads the case, checks the caller may act on it, lets the case decide, and saves the case with its events, all inside
 * the caller's transaction (the one that also stores the idempotent response).
 */
@Service
class ReturnSteps {

    private static final Logger log = LoggerFactory.getLogger(ReturnSteps.class);

    private final FulfillmentCases cases;
    private final CaseLocks locks;
    private final RemedySteps remedySteps;

    ReturnSteps(FulfillmentCases cases, CaseLocks locks, RemedySteps remedySteps) {
        this.cases = cases;
        this.locks = locks;
        this.remedySteps = remedySteps;
    }

    Mono<StepResult> shipReturn(UUID caseId, Caller caller, ReturnRequests.ReturnShipment shipment) {
        return act(caseId, target -> ReturnAccess.asCustomer(caller, target),
                (target, actor) -> Mono.just(target.shipReturn(shipment.carrier(), shipment.waybillNo(), actor)));
    }

    Mono<StepResult> confirmReceipt(UUID caseId, Caller caller, String note) {
        return act(caseId, target -> ReturnAccess.asReceiver(caller, target),
                (target, actor) -> Mono.just(target.receiveReturn(note, actor)));
    }

    Mono<StepResult> inspect(UUID caseId, Caller caller, ReturnRequests.Verdict verdict, String note) {
        InspectionResult result = verdict == ReturnRequests.Verdict.PASSED
                ? InspectionResult.PASSED : InspectionResult.FAILED;
        return act(caseId, target -> ReturnAccess.asMerchant(caller, target), (target, actor) -> {
            Transition inspected = target.inspect(result, note, actor);
            return result == InspectionResult.PASSED
                    ? inspected.thenAsync(remedySteps::afterPassedInspection)
                    : Mono.just(inspected);
        });
    }

    private Mono<StepResult> act(UUID caseId, Function<FulfillmentCase, Optional<Actor>> access,
                                 BiFunction<FulfillmentCase, Actor, Mono<Transition>> step) {
        // The case's lock before its row, in the order every writer of a case takes them (a withdrawal, a remedy, the
        // payment worker): a step that updated the row first and then waited for the lock (the outbox takes it to
        // append) could deadlock with a withdrawal holding the lock and waiting for the row.
        return locks.lockForThisTransaction(caseId)
                .then(cases.find(caseId))
                .switchIfEmpty(Mono.error(() -> notFound(caseId)))
                .flatMap(target -> {
                    Actor actor = access.apply(target).orElseThrow(() -> notFound(caseId));
                    return step.apply(target, actor);
                })
                .flatMap(cases::save)
                .doOnNext(saved -> log.atInfo().addKeyValue("caseId", caseId).log("Case is now {}", saved.status()))
                .map(saved -> new StepResult(saved.caseId(), saved.status().name()))
                .onErrorMap(TransitionRefused.class, e -> ApiProblem.conflict(e.getMessage(), e.currentStatus().name()))
                .onErrorResume(ConcurrentCaseChange.class, e -> cases.find(caseId).flatMap(current -> Mono.error(
                        ApiProblem.conflict("The case changed while this request was handled; it is now "
                                + current.status(), current.status().name()))));
    }

    private static ApiProblem notFound(UUID caseId) {
        return ApiProblem.notFound("Case " + caseId);
    }
}
