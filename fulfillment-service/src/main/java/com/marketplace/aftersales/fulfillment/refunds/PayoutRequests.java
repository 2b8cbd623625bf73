package com.marketplace.aftersales.fulfillment.refunds;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.fulfillment.RefundRoute;
import com.marketplace.aftersales.fulfillment.cases.FulfillmentCase;
import com.marketplace.aftersales.fulfillment.cases.Transition;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Mono;

/**
 * Orders a refund, inside the caller's transaction: the money is committed against the line's paid amount, shared by
 * every case of the line (the database refuses more), the refund row the payment worker pays from is written, and the
 * case moves to REFUND_PENDING with its {@code RefundRequested} event. All of it commits together with the caller's
 * other changes, or none of it does. The worker is woken once the transaction has committed. When the database
 * refuses the money, the case moves to REFUND_BLOCKED with a {@code RefundFailed} instead, and nothing is paid.
 */
@Service
public class RefundRequests {

    /** The reason code a blocked refund's {@code RefundFailed} starts with. */
    public static final String LINE_CEILING_REACHED = "LINE_REFUND_CEILING_REACHED";
    private static final Logger log = LoggerFactory.getLogger(RefundRequests.class);

    private final DatabaseClient db;
    private final LineMoney money;
    private final PaymentWorkSignal worker;
    private final RefundMetrics metrics;
    private final Clock clock;

    RefundRequests(DatabaseClient db, LineMoney money, PaymentWorkSignal worker, RefundMetrics metrics, Clock clock) {
        this.db = db;
        this.money = money;
        this.worker = worker;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Requests the refund of the case's planned amount to the original payment account.
     *
     * @return the transition to REFUND_PENDING, not yet saved: the caller saves it with its events
     */
    public Mono<Transition> requestRefund(FulfillmentCase current, Actor actor) {
        return nextSequence(current.caseId()).flatMap(sequence -> {
            UUID refundId = UUID.randomUUID();
            String key = idempotencyKey(current.caseId(), sequence);
            Transition transition = current.requestRefund(refundId, key, RefundRoute.ORIGINAL, actor);
            Money amount = current.refundAmount();
            return money.commit(current, amount)
                    .then(insert(refundId, current, sequence, key, amount, RefundRoute.ORIGINAL))
                    .then(afterCommit(metrics::requested, worker::wake))
                    .thenReturn(transition)
                    .onErrorResume(MoneyLimitExceeded.class, refused -> blocked(current, refundId, actor, refused));
        });
    }

    /**
     * The database refused the money (the line's other cases committed too much of it). The refused statement was
     * undone and nothing else was written for the refund; the case records that its refund is blocked, in the
     * caller's transaction, so an agent sees it instead of a case stuck before its refund.
     */
    private Mono<Transition> blocked(FulfillmentCase current, UUID refundId, Actor actor, MoneyLimitExceeded refused) {
        log.atWarn().addKeyValue("caseId", current.caseId()).log("Refund blocked: {}", refused.getMessage());
        Transition transition = current.refundBlocked(refundId, RefundRoute.ORIGINAL, LINE_CEILING_REACHED
                + ": refunding " + current.refundAmount().amount().toPlainString() + " "
                + current.refundAmount().currency() + " as well would pay back more than was paid for order line "
                + current.orderLineId() + ", counting what its other cases were refunded", actor);
        return afterCommit(metrics::blocked).thenReturn(transition);
    }

    /** Deterministic, so a retried payment can never become a second payment: {@code refund:<caseId>:<n>}. */
    static String idempotencyKey(UUID caseId, int sequence) {
        return "refund:" + caseId + ":" + sequence;
    }

    private Mono<Integer> nextSequence(UUID caseId) {
        return db.sql("select coalesce(max(sequence), 0) + 1 as next from refund where case_id = :caseId")
                .bind("caseId", caseId)
                .map((row, meta) -> row.get("next", Integer.class))
                .one();
    }

    private Mono<Void> insert(UUID refundId, FulfillmentCase current, int sequence, String key, Money amount,
                              RefundRoute route) {
        return db.sql("""
                        insert into refund (refund_id, case_id, sequence, idempotency_key, order_id, amount, currency,
                            route, status, attempts, next_attempt_at, requested_at)
                        values (:refundId, :caseId, :sequence, :key, :orderId, :amount, :currency, :route, 'REQUESTED',
                            0, now(), :requestedAt)""")
                .bind("refundId", refundId)
                .bind("caseId", current.caseId())
                .bind("sequence", sequence)
                .bind("key", key)
                .bind("orderId", current.orderId())
                .bind("amount", amount.amount())
                .bind("currency", amount.currency())
                .bind("route", route.name())
                .bind("requestedAt", clock.instant())
                .then();
    }

    private static Mono<Void> afterCommit(Runnable... actions) {
        return TransactionSynchronizationManager.forCurrentTransaction()
                .doOnNext(transaction -> transaction.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public Mono<Void> afterCommit() {
                        for (Runnable action : actions) {
                            action.run();
                        }
                        return Mono.empty();
                    }
                }))
                .then();
    }
}
