package com.marketplace.aftersales.fulfillment.execution;

import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.intake.CaseWithdrawn;
import com.marketplace.aftersales.fulfillment.cases.CaseLocks;
import com.marketplace.aftersales.fulfillment.cases.FulfillmentCase;
import com.marketplace.aftersales.fulfillment.cases.FulfillmentCases;
import com.marketplace.aftersales.fulfillment.cases.FulfillmentStatus;
import com.marketplace.aftersales.platform.web.ApiProblem;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * A customer's withdrawal, as fulfillment decides it: fulfillment is the one that knows whether goods or money have
 * moved, so it arbitrates. Everything happens under the case's lock, so a withdrawal and the start of the remedy (or
 * a return step) of the same case never interleave:
 * <ul>
 *   <li>no execution yet: a tombstone is written, and a remedy decided later for the case is not executed;</li>
 *   <li>an execution where nothing moved yet: it is cancelled (with its execution order);</li>
 *   <li>an execution where goods or money moved: refused, execution continues.</li>
 * </ul>
 * Intake asks synchronously before it publishes {@code CaseWithdrawn} ({@link #onRequest}); the event itself is
 * applied too ({@link #withdraw}) and is then a no-op — a second line, never the only one.
 */
@Service
class Withdrawals {

    /** What became of the execution when a withdrawal was accepted. */
    enum Execution {
        /** Fulfillment had not started the case: the tombstone keeps a later remedy from being executed. */
        NOT_STARTED,
        /** The execution was cancelled (now or by an earlier withdrawal) before anything moved. */
        CANCELLED
    }

    static final String METRIC = "aftersales.fulfillment.withdrawals";
    private static final Logger log = LoggerFactory.getLogger(Withdrawals.class);

    private final FulfillmentCases cases;
    private final ExecutionOrders orders;
    private final DatabaseClient db;
    private final CaseLocks locks;
    private final Clock clock;
    private final MeterRegistry meters;
    private final TransactionalOperator transactions;

    Withdrawals(FulfillmentCases cases, ExecutionOrders orders, DatabaseClient db, CaseLocks locks, Clock clock,
                MeterRegistry meters, ReactiveTransactionManager transactionManager) {
        this.cases = cases;
        this.orders = orders;
        this.db = db;
        this.locks = locks;
        this.clock = clock;
        this.meters = meters;
        this.transactions = TransactionalOperator.create(transactionManager);
    }

    /**
     * The customer asks to withdraw (intake forwards the request before it publishes anything), in one transaction.
     * Idempotent: asked again, it answers the same.
     *
     * @return what became of the execution; a {@code 409} problem with {@code currentStatus} when goods or money have
     * moved; a {@code 404} problem when the case (or an earlier tombstone) is another customer's
     */
    Mono<Execution> onRequest(UUID caseId, String customerId) {
        return locks.lockForThisTransaction(caseId)
                .then(cases.find(caseId).map(Optional::of).defaultIfEmpty(Optional.empty()))
                .flatMap(found -> found.isPresent()
                        ? cancelFor(found.get(), customerId)
                        : tombstoneFor(caseId, customerId))
                .as(transactions::transactional)
                .doOnNext(execution -> count(execution.name()))
                .doOnError(ApiProblem.class, problem -> count(problem.status().value() == 409 ? "refused" : "not_found"));
    }

    /** {@code CaseWithdrawn}, in the inbox's transaction: cancel what has not moved, remember a case not seen yet. */
    Mono<Void> withdraw(CaseWithdrawn withdrawn) {
        UUID caseId = withdrawn.caseId();
        String customerId = withdrawn.actor() != null && withdrawn.actor().role() == ActorRole.CUSTOMER
                ? withdrawn.actor().id() : null;
        return locks.lockForThisTransaction(caseId)
                .then(cases.find(caseId))
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(found -> found.map(this::cancelOnEvent).orElseGet(() -> remember(caseId, customerId)));
    }

    /**
     * Whether the customer withdrew the case before its remedy arrived. A tombstone of another customer does not stop
     * the remedy (every case has one customer, so it cannot be a genuine withdrawal of this case); it is logged.
     */
    Mono<Boolean> wasWithdrawnBy(UUID caseId, String customerId) {
        return tombstoneOwner(caseId)
                .map(owner -> {
                    if (owner.isEmpty() || owner.get().equals(customerId)) {
                        return true;
                    }
                    log.atWarn().addKeyValue("caseId", caseId).log(
                            "A withdrawal of this case was recorded for customer {}, but its remedy is for {}; the"
                                    + " withdrawal is ignored and the remedy executed", owner.get(), customerId);
                    return false;
                })
                .defaultIfEmpty(false);
    }

    private Mono<Execution> cancelFor(FulfillmentCase current, String customerId) {
        if (!current.belongsToCustomer(customerId)) {
            return Mono.error(ApiProblem.notFound("Case " + current.caseId()));
        }
        if (current.status() == FulfillmentStatus.CANCELLED) {
            return Mono.just(Execution.CANCELLED);
        }
        if (!current.nothingMovedYet()) {
            return Mono.error(ApiProblem.conflict("The case can no longer be withdrawn: goods or money have moved"
                    + " (the case is " + current.status() + ")", current.status().name()));
        }
        return cancel(current).thenReturn(Execution.CANCELLED);
    }

    private Mono<Execution> tombstoneFor(UUID caseId, String customerId) {
        return tombstoneOwner(caseId)
                .flatMap(owner -> owner.isPresent() && !owner.get().equals(customerId)
                        ? Mono.<Execution>error(ApiProblem.notFound("Case " + caseId))
                        : Mono.empty())
                .switchIfEmpty(Mono.defer(() -> remember(caseId, customerId).thenReturn(Execution.NOT_STARTED)))
                .doOnNext(done -> log.atInfo().addKeyValue("caseId", caseId).log(
                        "Withdrawn before its remedy was executed; a remedy decided later will not be"));
    }

    private Mono<Void> cancelOnEvent(FulfillmentCase current) {
        if (current.status() == FulfillmentStatus.CANCELLED) {
            return Mono.empty();
        }
        if (!current.nothingMovedYet()) {
            // Intake asks fulfillment before it publishes a withdrawal, so this only happens to a withdrawal made
            // without asking; it cannot undo a shipment or a payment, and execution continues.
            log.atWarn().addKeyValue("caseId", current.caseId()).log(
                    "Withdrawal arrived while the case is {}; goods or money already moved, execution continues",
                    current.status());
            return Mono.empty();
        }
        return cancel(current);
    }

    private Mono<Void> cancel(FulfillmentCase current) {
        return cases.save(current.cancel())
                .then(orders.cancelOpen(current.caseId(), clock.instant()))
                .doOnSuccess(done -> log.atInfo().addKeyValue("caseId", current.caseId()).log(
                        "Execution cancelled: the customer withdrew the request"));
    }

    /** The tombstone's customer (empty if it has none recorded); no value at all when there is no tombstone. */
    private Mono<Optional<String>> tombstoneOwner(UUID caseId) {
        return db.sql("select customer_id from withdrawn_case where case_id = :caseId")
                .bind("caseId", caseId)
                .map((row, meta) -> Optional.ofNullable(row.get("customer_id", String.class)))
                .one();
    }

    /**
     * Writes the tombstone, or names its customer: the request path gets here only for a tombstone without one or of
     * the same customer, and {@code CaseWithdrawn} comes from intake, which knows whose case it is.
     */
    private Mono<Void> remember(UUID caseId, String customerId) {
        var insert = db.sql("""
                        insert into withdrawn_case (case_id, withdrawn_at, customer_id) values (:caseId, :now, :customer)
                        on conflict (case_id) do update
                            set customer_id = coalesce(excluded.customer_id, withdrawn_case.customer_id)""")
                .bind("caseId", caseId)
                .bind("now", clock.instant());
        insert = customerId == null ? insert.bindNull("customer", String.class) : insert.bind("customer", customerId);
        return insert.then();
    }

    private void count(String outcome) {
        Counter.builder(METRIC).tag("outcome", outcome.toLowerCase())
                .description("Customers' withdrawals fulfillment was asked about, by outcome")
                .register(meters).increment();
    }
}
