package com.marketplace.aftersales.fulfillment.execution;

import com.marketplace.aftersales.contracts.diagnosis.RemedyDecided;
import com.marketplace.aftersales.fulfillment.cases.Actors;
import com.marketplace.aftersales.fulfillment.cases.CaseLocks;
import com.marketplace.aftersales.fulfillment.cases.FulfillmentCase;
import com.marketplace.aftersales.fulfillment.cases.FulfillmentCases;
import com.marketplace.aftersales.fulfillment.cases.Transition;
import com.marketplace.aftersales.fulfillment.refunds.LineMoney;
import com.marketplace.aftersales.fulfillment.refunds.PayoutRequests;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Starts the execution of a decided remedy, inside the transaction that records the event as applied: the case, its
 * order line's money account (opened by the line's first case, shared with its later ones) and its execution order
 * are stored, and the first step is taken (authorize the return, order the money, or wait for the merchant's
 * reship), with their events.
 */
@Service
class RemedyExecution {

    private static final Logger log = LoggerFactory.getLogger(RemedyExecution.class);

    private final ExecutionPlanner planner;
    private final FulfillmentCases cases;
    private final ExecutionOrders orders;
    private final LineMoney money;
    private final PayoutRequests payouts;
    private final Withdrawals withdrawals;
    private final CaseLocks locks;
    private final Clock clock;

    RemedyExecution(ExecutionPlanner planner, FulfillmentCases cases, ExecutionOrders orders, LineMoney money,
                    PayoutRequests payouts, Withdrawals withdrawals, CaseLocks locks, Clock clock) {
        this.planner = planner;
        this.cases = cases;
        this.orders = orders;
        this.money = money;
        this.payouts = payouts;
        this.withdrawals = withdrawals;
        this.locks = locks;
        this.clock = clock;
    }

    Mono<Void> start(RemedyDecided decided) {
        // Locked against a concurrent withdrawal of the same case (it arrives on another topic).
        return locks.lockForThisTransaction(decided.caseId())
                .then(withdrawals.wasWithdrawnBy(decided.caseId(), decided.customerId()))
                .flatMap(withdrawn -> withdrawn ? ignoreWithdrawn(decided) : startUnlessExecuting(decided));
    }

    private Mono<Void> ignoreWithdrawn(RemedyDecided decided) {
        log.atInfo().addKeyValue("caseId", decided.caseId()).log(
                "Remedy {} decided for a case the customer already withdrew; nothing to execute", decided.remedy());
        return Mono.empty();
    }

    private Mono<Void> startUnlessExecuting(RemedyDecided decided) {
        return cases.find(decided.caseId())
                .flatMap(existing -> Mono.<Void>error(new UnexecutablePlan("Case " + decided.caseId()
                        + " is already being executed (" + existing.remedy() + ", " + existing.status()
                        + "); a second remedy needs a manual decision")))
                .switchIfEmpty(Mono.defer(() -> open(decided)));
    }

    private Mono<Void> open(RemedyDecided decided) {
        Instant now = clock.instant();
        ExecutionPlan plan = planner.plan(decided, now);
        FulfillmentCase opened = FulfillmentCase.open(decided);
        ExecutionOrder order = new ExecutionOrder(UUID.randomUUID(), decided.caseId(), decided.serviceNo(),
                decided.remedy(), plan.department(), plan.owner(), plan.dueBy());
        Transition created = new Transition(opened, List.of(order.created(Actors.SYSTEM)));
        return cases.insert(opened)
                .then(decided.linePaid() == null ? Mono.empty() : money.open(decided.orderId(), decided.orderLineId(),
                        decided.linePaid()))
                .then(orders.insert(order, now))
                .then(Mono.defer(() -> firstStep(plan, created)))
                .flatMap(cases::save)
                .doOnNext(saved -> log.atInfo().addKeyValue("caseId", saved.caseId()).log(
                        "Executing {}: {} owns it until {}; case is {}", saved.remedy(), plan.department(),
                        plan.dueBy(), saved.status()))
                .then();
    }

    private Mono<Transition> firstStep(ExecutionPlan plan, Transition created) {
        return switch (plan.firstStep()) {
            case AUTHORIZE_RETURN -> Mono.just(created.then(c -> c.authorizeReturn(plan.returnAddress(), Actors.SYSTEM)));
            case ORDER_MONEY -> created.thenAsync(c -> payouts.orderMoney(c, Actors.SYSTEM));
            case AWAIT_REPLACEMENT -> Mono.just(created.then(FulfillmentCase::awaitReplacement));
        };
    }
}
