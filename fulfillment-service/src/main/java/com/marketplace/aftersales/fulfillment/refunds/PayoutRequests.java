package com.marketplace.aftersales.fulfillment.refunds;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.fulfillment.RefundRoute;
import com.marketplace.aftersales.fulfillment.FulfillmentProperties;
import com.marketplace.aftersales.fulfillment.cases.FulfillmentCase;
import com.marketplace.aftersales.fulfillment.cases.PayoutKind;
import com.marketplace.aftersales.fulfillment.cases.Transition;
import com.marketplace.aftersales.platform.support.AfterCommit;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Orders the plan's money, inside the caller's transaction (the case's lock is already held): the money is committed
 * against the line's paid amount, shared by every case of the line (the database refuses more), the payment row the
 * payment worker pays from is written, and the case moves on with its events. All of it commits together with the
 * caller's other changes, or none of it does; the worker is woken once the transaction has committed.
 * <p>
 * A plan's refund and compensation are committed together when its money falls due (all of it fits under the line's
 * ceiling, or none is ordered), then paid one after the other: the refund first, the compensation once the refund is
 * paid. When the database refuses the money, the case moves to REFUND_BLOCKED with a {@code RefundFailed} instead,
 * and nothing is paid.
 */
@Service
public class PayoutRequests {

    /** The reason code a blocked payment's {@code RefundFailed} starts with. */
    public static final String LINE_CEILING_REACHED = "LINE_REFUND_CEILING_REACHED";
    private static final Logger log = LoggerFactory.getLogger(PayoutRequests.class);

    private final DatabaseClient db;
    private final LineMoney money;
    private final PaymentWorkSignal worker;
    private final MoneyMetrics metrics;
    private final RefundRoute compensationRoute;
    private final Clock clock;

    PayoutRequests(DatabaseClient db, LineMoney money, PaymentWorkSignal worker, MoneyMetrics metrics,
                   FulfillmentProperties properties, Clock clock) {
        this.db = db;
        this.money = money;
        this.worker = worker;
        this.metrics = metrics;
        this.compensationRoute = properties.payments().compensationRoute();
        this.clock = clock;
    }

    /**
     * The plan's money is due (after a passed inspection, or at once without a return): commits all of it and orders
     * the first payment, the refund to the original payment account, or the compensation when there is no refund.
     *
     * @return the transition, not yet saved: the caller saves it with its events
     */
    public Mono<Transition> orderMoney(FulfillmentCase current, Actor actor) {
        UUID paymentId = UUID.randomUUID();
        if (current.refundAmount() != null) {
            return commitThen(current, current.plannedMoney(), paymentId, RefundRoute.ORIGINAL, actor,
                    () -> orderRefund(current, paymentId, RefundRoute.ORIGINAL, null, actor,
                            (sequence, key) -> current.requestRefund(paymentId, key, RefundRoute.ORIGINAL, actor)));
        }
        return commitThen(current, current.plannedMoney(), paymentId, compensationRoute, actor,
                () -> orderCompensation(current, paymentId, compensationRoute));
    }

    /**
     * The merchant never confirmed receipt of the shipped return in time: the refund is ordered as after a passed
     * inspection, the line's ceiling included.
     *
     * @param why what the resolution will say about it, e.g. that the merchant did not confirm receipt in time
     */
    public Mono<Transition> refundWithoutReceipt(FulfillmentCase current, Actor actor, String why) {
        UUID paymentId = UUID.randomUUID();
        return commitThen(current, current.plannedMoney(), paymentId, RefundRoute.ORIGINAL, actor,
                () -> orderRefund(current, paymentId, RefundRoute.ORIGINAL, why, actor,
                        (sequence, key) -> current.refundWithoutReceipt(paymentId, key, RefundRoute.ORIGINAL, actor)));
    }

    /**
     * The refund was paid and the plan also compensates: the compensation (committed with the refund) is ordered.
     */
    Mono<Transition> orderCompensationAfterRefund(FulfillmentCase refunded) {
        return orderCompensation(refunded, UUID.randomUUID(), compensationRoute)
                .flatMap(transition -> AfterCommit.run(worker::wake).thenReturn(transition));
    }

    /**
     * Finance sends the payment the provider refused again, the same amount on the route it chose, under a new key.
     * The refused amount was released when it failed, so it is committed again here.
     *
     * @return the transition (REFUND_PENDING or COMPENSATION_PENDING), or REFUND_BLOCKED when the line no longer has
     * room for it
     * @throws com.marketplace.aftersales.fulfillment.cases.TransitionRefused when no payment of the case failed
     */
    public Mono<Transition> reroute(FulfillmentCase failed, RefundRoute route, Actor actor) {
        PayoutKind kind = failed.reroutablePayout();
        UUID paymentId = UUID.randomUUID();
        Money amount = kind == PayoutKind.REFUND ? failed.refundAmount() : failed.compensationAmount();
        Mono<Transition> order = kind == PayoutKind.REFUND
                ? orderRefund(failed, paymentId, route, null, actor,
                        (sequence, key) -> failed.rerouteRefund(paymentId, key, route, actor))
                : Mono.fromSupplier(failed::rerouteCompensation).flatMap(transition -> insertNext(failed,
                                PayoutKind.COMPENSATION, paymentId, amount, route, null)
                        .then(AfterCommit.run(() -> metrics.requested(PayoutKind.COMPENSATION)))
                        .thenReturn(transition));
        return commitThen(failed, amount, paymentId, route, actor,
                () -> order.flatMap(transition -> AfterCommit.run(() -> metrics.rerouted(kind, route.name()))
                        .thenReturn(transition)));
    }

    private interface RefundDecision {
        Transition decide(int sequence, String idempotencyKey);
    }

    private Mono<Transition> orderRefund(FulfillmentCase current, UUID paymentId, RefundRoute route, String why,
                                         Actor actor, RefundDecision decision) {
        return nextSequence(current.caseId(), PayoutKind.REFUND).flatMap(sequence -> {
            String key = PayoutKind.REFUND.idempotencyKey(current.caseId(), sequence);
            Transition transition = decision.decide(sequence, key);
            return insert(paymentId, current, PayoutKind.REFUND, sequence, key, current.refundAmount(), route, why)
                    .then(AfterCommit.run(() -> metrics.requested(PayoutKind.REFUND)))
                    .thenReturn(transition);
        });
    }

    private Mono<Transition> orderCompensation(FulfillmentCase current, UUID paymentId, RefundRoute route) {
        Transition transition = current.requestCompensation();
        return insertNext(current, PayoutKind.COMPENSATION, paymentId, current.compensationAmount(), route, null)
                .then(AfterCommit.run(() -> metrics.requested(PayoutKind.COMPENSATION)))
                .thenReturn(transition);
    }

    /**
     * Commits {@code amount} on the case's line, then orders the payment and wakes the worker after the commit; when
     * the database refuses the money, records the blocked payment instead.
     */
    private Mono<Transition> commitThen(FulfillmentCase current, Money amount, UUID paymentId, RefundRoute route,
                                        Actor actor, Supplier<Mono<Transition>> order) {
        return money.commit(current, amount)
                .then(Mono.defer(order))
                .flatMap(transition -> AfterCommit.run(worker::wake).thenReturn(transition))
                .onErrorResume(MoneyLimitExceeded.class, refused -> blocked(current, amount, paymentId, route, actor,
                        refused));
    }

    /**
     * The database refused the money (the line's other cases committed too much of it). The refused statement was
     * undone and nothing else was written for the payment; the case records that its money is blocked, in the
     * caller's transaction, so an agent sees it instead of a case stuck before its refund.
     */
    private Mono<Transition> blocked(FulfillmentCase current, Money amount, UUID paymentId, RefundRoute route,
                                     Actor actor, MoneyLimitExceeded refused) {
        log.atWarn().addKeyValue("caseId", current.caseId()).log("Payment blocked: {}", refused.getMessage());
        Transition transition = current.moneyBlocked(paymentId, amount, route, LINE_CEILING_REACHED + ": paying "
                + amount.amount().toPlainString() + " " + amount.currency() + " as well would pay back more than was"
                + " paid for order line " + current.orderLineId() + ", counting what its other cases were paid", actor);
        return AfterCommit.run(metrics::blocked).thenReturn(transition);
    }

    private Mono<Void> insertNext(FulfillmentCase current, PayoutKind kind, UUID paymentId, Money amount,
                                  RefundRoute route, String why) {
        return nextSequence(current.caseId(), kind).flatMap(sequence -> insert(paymentId, current, kind, sequence,
                kind.idempotencyKey(current.caseId(), sequence), amount, route, why));
    }

    private Mono<Integer> nextSequence(UUID caseId, PayoutKind kind) {
        return db.sql("select coalesce(max(sequence), 0) + 1 as next from refund where case_id = :caseId and kind = :kind")
                .bind("caseId", caseId)
                .bind("kind", kind.name())
                .map((row, meta) -> row.get("next", Integer.class))
                .one();
    }

    private Mono<Void> insert(UUID paymentId, FulfillmentCase current, PayoutKind kind, int sequence, String key,
                              Money amount, RefundRoute route, String why) {
        DatabaseClient.GenericExecuteSpec insert = db.sql("""
                        insert into refund (refund_id, case_id, kind, sequence, idempotency_key, order_id, amount,
                            currency, route, status, attempts, next_attempt_at, requested_at, reason)
                        values (:paymentId, :caseId, :kind, :sequence, :key, :orderId, :amount, :currency, :route,
                            'REQUESTED', 0, now(), :requestedAt, :reason)""")
                .bind("paymentId", paymentId)
                .bind("caseId", current.caseId())
                .bind("kind", kind.name())
                .bind("sequence", sequence)
                .bind("key", key)
                .bind("orderId", current.orderId())
                .bind("amount", amount.amount())
                .bind("currency", amount.currency())
                .bind("route", route.name())
                .bind("requestedAt", clock.instant());
        insert = why == null ? insert.bindNull("reason", String.class) : insert.bind("reason", why);
        return insert.then();
    }
}
