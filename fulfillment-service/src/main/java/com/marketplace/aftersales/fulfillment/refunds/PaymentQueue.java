package com.marketplace.aftersales.fulfillment.refunds;

import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.fulfillment.RefundRoute;
import com.marketplace.aftersales.fulfillment.cases.PayoutKind;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The open payments (refunds and compensation payouts, table {@code refund}) as the payment worker's queue.
 * Scheduling times (due, lease) are the database's clock, so every instance judges leases by the same clock.
 */
@Repository
class PaymentQueue {

    private final DatabaseClient db;

    PaymentQueue(DatabaseClient db) {
        this.db = db;
    }

    /**
     * Takes up to {@code limit} due refunds whose lease is free, and leases them to {@code owner}. {@code skip locked}
     * makes concurrent claims by several instances take disjoint rows instead of waiting for each other; the lease
     * keeps a row away from other instances after this statement commits, while the provider is called.
     */
    Flux<ClaimedPayment> claim(String owner, int limit, Duration lease) {
        return db.sql("""
                        update refund r
                        set lease_owner = :owner, lease_until = now() + make_interval(secs => :leaseSeconds),
                            attempts = r.attempts + 1
                        from (select refund_id from refund
                              where status in ('REQUESTED', 'PENDING') and next_attempt_at <= now()
                                and (lease_until is null or lease_until <= now())
                              order by next_attempt_at
                              limit :limit
                              for update skip locked) due
                        where r.refund_id = due.refund_id
                        returning r.refund_id, r.case_id, r.kind, r.idempotency_key, r.order_id, r.amount, r.currency,
                            r.route, r.status, r.attempts, r.requested_at, r.reason""")
                .bind("owner", owner)
                .bind("leaseSeconds", lease.toMillis() / 1000.0)
                .bind("limit", limit)
                .map(PaymentQueue::claimed)
                .all();
    }

    /** How long until the next open refund falls due (or its lease runs out); empty when there is none. */
    Mono<Duration> untilNextDue() {
        return db.sql("""
                        select extract(epoch from (min(greatest(next_attempt_at, coalesce(lease_until, next_attempt_at)))
                            - now()))::float8 * 1000 as wait_millis
                        from refund where status in ('REQUESTED', 'PENDING')""")
                .map((row, meta) -> Optional.ofNullable(row.get("wait_millis", Double.class)))
                .one()
                .flatMap(Mono::justOrEmpty)
                .map(millis -> Duration.ofMillis(Math.max(0, millis.longValue())));
    }

    /**
     * Locks the refund for recording an outcome, if it is still open and still leased to {@code owner}. Another
     * instance that took it over after this lease ran out records the outcome instead; either way once.
     */
    Mono<Boolean> lockIfStillLeasedTo(UUID refundId, String owner) {
        return db.sql("""
                        select 1 from refund
                        where refund_id = :refundId and lease_owner = :owner and status in ('REQUESTED', 'PENDING')
                        for update""")
                .bind("refundId", refundId)
                .bind("owner", owner)
                .map((row, meta) -> true)
                .one()
                .defaultIfEmpty(false);
    }

    Mono<Void> markSucceeded(UUID refundId, String providerRefundId) {
        return settle(refundId, PaymentStatus.SUCCEEDED, providerRefundId, null);
    }

    Mono<Void> markFailed(UUID refundId, String providerRefundId, String reason) {
        return settle(refundId, PaymentStatus.FAILED, providerRefundId, reason);
    }

    Mono<Void> markPending(UUID refundId, String providerRefundId, Duration recheckIn) {
        DatabaseClient.GenericExecuteSpec update = db.sql("""
                        update refund
                        set status = 'PENDING', provider_refund_id = coalesce(:providerRefundId, provider_refund_id),
                            next_attempt_at = now() + make_interval(secs => :seconds), lease_owner = null,
                            lease_until = null, last_error = null
                        where refund_id = :refundId""")
                .bind("refundId", refundId)
                .bind("seconds", recheckIn.toMillis() / 1000.0);
        update = providerRefundId == null ? update.bindNull("providerRefundId", String.class)
                : update.bind("providerRefundId", providerRefundId);
        return update.then();
    }

    Mono<Void> reschedule(UUID refundId, Duration delay, String error) {
        return db.sql("""
                        update refund
                        set next_attempt_at = now() + make_interval(secs => :seconds), last_error = :error,
                            lease_owner = null, lease_until = null
                        where refund_id = :refundId""")
                .bind("refundId", refundId)
                .bind("seconds", delay.toMillis() / 1000.0)
                .bind("error", error)
                .then();
    }

    private Mono<Void> settle(UUID refundId, PaymentStatus status, String providerRefundId, String reason) {
        DatabaseClient.GenericExecuteSpec update = db.sql("""
                        update refund
                        set status = :status, provider_refund_id = coalesce(:providerRefundId, provider_refund_id),
                            failure_reason = :reason, settled_at = now(), lease_owner = null, lease_until = null,
                            last_error = null
                        where refund_id = :refundId""")
                .bind("refundId", refundId)
                .bind("status", status.name());
        update = providerRefundId == null ? update.bindNull("providerRefundId", String.class)
                : update.bind("providerRefundId", providerRefundId);
        update = reason == null ? update.bindNull("reason", String.class) : update.bind("reason", reason);
        return update.then();
    }

    private static ClaimedPayment claimed(Readable row) {
        return new ClaimedPayment(
                row.get("refund_id", UUID.class),
                row.get("case_id", UUID.class),
                PayoutKind.valueOf(row.get("kind", String.class)),
                row.get("idempotency_key", String.class),
                row.get("order_id", String.class),
                new Money(row.get("amount", BigDecimal.class), row.get("currency", String.class)),
                RefundRoute.valueOf(row.get("route", String.class)),
                PaymentStatus.valueOf(row.get("status", String.class)),
                row.get("attempts", Integer.class),
                row.get("requested_at", Instant.class),
                row.get("reason", String.class));
    }
}
