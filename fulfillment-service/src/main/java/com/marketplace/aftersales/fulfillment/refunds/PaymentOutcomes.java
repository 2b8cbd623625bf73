package com.marketplace.aftersales.fulfillment.refunds;

import com.marketplace.aftersales.fulfillment.FulfillmentProperties;
import com.marketplace.aftersales.fulfillment.cases.Actors;
import com.marketplace.aftersales.fulfillment.cases.CaseLocks;
import com.marketplace.aftersales.fulfillment.cases.FulfillmentCase;
import com.marketplace.aftersales.fulfillment.cases.FulfillmentCases;
import com.marketplace.aftersales.fulfillment.cases.Transition;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Records what the provider answered, in a transaction of its own that starts after the call: the refund row, the
 * case and its events (through the outbox) change together. Only the worker still holding the refund's lease
 * records, so an outcome is recorded once even when a lease ran out and another instance took the refund over.
 */
@Service
class RefundOutcomes {

    private static final Logger log = LoggerFactory.getLogger(RefundOutcomes.class);

    private final RefundQueue queue;
    private final LineMoney money;
    private final FulfillmentCases cases;
    private final CaseLocks locks;
    private final TransactionalOperator transactions;
    private final RefundMetrics metrics;
    private final FulfillmentProperties.RefundWorker config;
    private final Clock clock;

    RefundOutcomes(RefundQueue queue, LineMoney money, FulfillmentCases cases, CaseLocks locks,
                   ReactiveTransactionManager transactionManager, RefundMetrics metrics,
                   FulfillmentProperties properties, Clock clock) {
        this.queue = queue;
        this.money = money;
        this.cases = cases;
        this.locks = locks;
        this.transactions = TransactionalOperator.create(transactionManager);
        this.metrics = metrics;
        this.config = properties.refundWorker();
        this.clock = clock;
    }

    /** @return what was recorded, or empty if another worker owns the refund now */
    Mono<Settlement> record(ClaimedRefund refund, ProviderAnswer answer, String owner) {
        Settlement settlement = Settlement.decide(answer, refund.attempts(), config);
        // The case's lock first, as every writer of a case takes it: then the refund row, the line's money, the case.
        return locks.lockForThisTransaction(refund.caseId())
                .then(queue.lockIfStillLeasedTo(refund.refundId(), owner))
                .flatMap(stillOurs -> stillOurs ? apply(refund, settlement).thenReturn(settlement) : Mono.empty())
                .as(transactions::transactional)
                .doOnNext(recorded -> afterCommit(refund, recorded));
    }

    private Mono<Void> apply(ClaimedRefund refund, Settlement settlement) {
        if (settlement instanceof Settlement.Issue issue) {
            return queue.markSucceeded(refund.refundId(), issue.providerRefundId())
                    .then(changeCase(refund, current -> current.refundIssued(refund.refundId(), refund.amount(),
                            refund.route(), issue.providerRefundId(), Actors.SYSTEM)));
        }
        if (settlement instanceof Settlement.Fail fail) {
            return queue.markFailed(refund.refundId(), fail.providerRefundId(), fail.reason())
                    .then(money.release(refund.caseId(), refund.amount()))
                    .then(changeCase(refund, current -> current.refundFailed(refund.refundId(), refund.amount(),
                            refund.route(), fail.reason(), Actors.SYSTEM)));
        }
        if (settlement instanceof Settlement.AwaitProvider pending) {
            return queue.markPending(refund.refundId(), pending.providerRefundId(), pending.recheckIn());
        }
        Settlement.RetryLater retry = (Settlement.RetryLater) settlement;
        return queue.reschedule(refund.refundId(), retry.delay(), retry.error());
    }

    private Mono<Void> changeCase(ClaimedRefund refund, Function<FulfillmentCase, Transition> decision) {
        return cases.find(refund.caseId())
                .switchIfEmpty(Mono.error(() -> new IllegalStateException(
                        "Refund " + refund.refundId() + " belongs to case " + refund.caseId() + ", which does not exist")))
                .map(decision)
                .flatMap(cases::save)
                .then();
    }

    private void afterCommit(ClaimedRefund refund, Settlement recorded) {
        if (recorded instanceof Settlement.Issue) {
            metrics.issued(Duration.between(refund.requestedAt(), clock.instant()));
            log.atInfo().addKeyValue("caseId", refund.caseId()).log("Refund {} of {} {} issued", refund.refundId(),
                    refund.amount().amount().toPlainString(), refund.amount().currency());
        } else if (recorded instanceof Settlement.Fail fail) {
            metrics.failed();
            log.atWarn().addKeyValue("caseId", refund.caseId()).log("Refund {} declined by the provider: {}",
                    refund.refundId(), fail.reason());
        } else if (recorded instanceof Settlement.RetryLater retry && retry.needsOperator()) {
            log.atError().addKeyValue("caseId", refund.caseId()).log(
                    "Refund {} cannot be paid until someone looks: {}; next try in {}", refund.refundId(),
                    retry.error(), retry.delay());
        } else if (recorded instanceof Settlement.RetryLater retry) {
            log.atWarn().addKeyValue("caseId", refund.caseId()).log("Refund {} not paid yet (attempt {}): {}; next try in {}",
                    refund.refundId(), refund.attempts(), retry.error(), retry.delay());
        }
    }
}
