package com.marketplace.aftersales.fulfillment.refunds;

import com.marketplace.aftersales.fulfillment.FulfillmentProperties;
import com.marketplace.aftersales.fulfillment.cases.Actors;
import com.marketplace.aftersales.fulfillment.cases.CaseLocks;
import com.marketplace.aftersales.fulfillment.cases.FulfillmentCase;
import com.marketplace.aftersales.fulfillment.cases.FulfillmentCases;
import com.marketplace.aftersales.fulfillment.cases.PayoutKind;
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
class PaymentOutcomes {

    private static final Logger log = LoggerFactory.getLogger(PaymentOutcomes.class);

    private final PaymentQueue queue;
    private final LineMoney money;
    private final FulfillmentCases cases;
    private final CaseLocks locks;
    private final TransactionalOperator transactions;
    private final MoneyMetrics metrics;
    private final PayoutRequests payouts;
    private final FulfillmentProperties.RefundWorker config;
    private final Clock clock;

    PaymentOutcomes(PaymentQueue queue, LineMoney money, FulfillmentCases cases, CaseLocks locks,
                   ReactiveTransactionManager transactionManager, MoneyMetrics metrics, PayoutRequests payouts,
                   FulfillmentProperties properties, Clock clock) {
        this.queue = queue;
        this.money = money;
        this.cases = cases;
        this.locks = locks;
        this.transactions = TransactionalOperator.create(transactionManager);
        this.metrics = metrics;
        this.payouts = payouts;
        this.config = properties.refundWorker();
        this.clock = clock;
    }

    /** @return what was recorded, or empty if another worker owns the refund now */
    Mono<Settlement> record(ClaimedPayment refund, ProviderAnswer answer, String owner) {
        Settlement settlement = Settlement.decide(answer, refund.attempts(), config);
        // The case's lock first, as every writer of a case takes it: then the refund row, the line's money, the case.
        return locks.lockForThisTransaction(refund.caseId())
                .then(queue.lockIfStillLeasedTo(refund.refundId(), owner))
                .flatMap(stillOurs -> stillOurs ? apply(refund, settlement).thenReturn(settlement) : Mono.empty())
                .as(transactions::transactional)
                .doOnNext(recorded -> afterCommit(refund, recorded));
    }

    private Mono<Void> apply(ClaimedPayment payment, Settlement settlement) {
        if (settlement instanceof Settlement.Issue issue) {
            return queue.markSucceeded(payment.refundId(), issue.providerRefundId())
                    .then(changeCase(payment, current -> paid(payment, issue.providerRefundId(), current)));
        }
        if (settlement instanceof Settlement.Fail fail) {
            return queue.markFailed(payment.refundId(), fail.providerRefundId(), fail.reason())
                    .then(money.release(payment.caseId(), payment.amount()))
                    .then(changeCase(payment, current -> Mono.just(payment.kind() == PayoutKind.REFUND
                            ? current.refundFailed(payment.refundId(), payment.amount(), payment.route(),
                                    fail.reason(), Actors.SYSTEM)
                            : current.compensationFailed(payment.refundId(), payment.amount(), payment.route(),
                                    fail.reason(), Actors.SYSTEM))));
        }
        if (settlement instanceof Settlement.AwaitProvider pending) {
            return queue.markPending(payment.refundId(), pending.providerRefundId(), pending.recheckIn());
        }
        Settlement.RetryLater retry = (Settlement.RetryLater) settlement;
        return queue.reschedule(payment.refundId(), retry.delay(), retry.error());
    }

    /**
     * The provider paid. A refund resolves the case, or, when the plan also compensates, orders the compensation in
     * the same transaction; a compensation payout resolves it.
     */
    private Mono<Transition> paid(ClaimedPayment payment, String providerRefundId, FulfillmentCase current) {
        if (payment.kind() == PayoutKind.COMPENSATION) {
            return Mono.just(current.compensationPaid(payment.amount(), payment.route(), providerRefundId,
                    Actors.SYSTEM));
        }
        Transition refunded = current.refundIssued(payment.refundId(), payment.amount(), payment.route(),
                providerRefundId, payment.reason(), Actors.SYSTEM);
        return refunded.next().compensationDue()
                ? refunded.thenAsync(payouts::orderCompensationAfterRefund)
                : Mono.just(refunded);
    }

    private Mono<Void> changeCase(ClaimedPayment payment, Function<FulfillmentCase, Mono<Transition>> decision) {
        return cases.find(payment.caseId())
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("Payment " + payment.refundId()
                        + " belongs to case " + payment.caseId() + ", which does not exist")))
                .flatMap(decision)
                .flatMap(cases::save)
                .then();
    }

    private void afterCommit(ClaimedPayment refund, Settlement recorded) {
        if (recorded instanceof Settlement.Issue) {
            metrics.paid(refund.kind(), Duration.between(refund.requestedAt(), clock.instant()));
            log.atInfo().addKeyValue("caseId", refund.caseId()).log("{} {} of {} {} paid", refund.kind(),
                    refund.refundId(), refund.amount().amount().toPlainString(), refund.amount().currency());
        } else if (recorded instanceof Settlement.Fail fail) {
            metrics.failed(refund.kind());
            log.atWarn().addKeyValue("caseId", refund.caseId()).log("{} {} declined by the provider: {}",
                    refund.kind(), refund.refundId(), fail.reason());
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
