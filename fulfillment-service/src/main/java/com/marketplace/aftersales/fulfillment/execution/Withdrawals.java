package com.marketplace.aftersales.fulfillment.execution;

import com.marketplace.aftersales.contracts.intake.CaseWithdrawn;
import com.marketplace.aftersales.fulfillment.cases.CaseLocks;
import com.marketplace.aftersales.fulfillment.cases.FulfillmentCase;
import com.marketplace.aftersales.fulfillment.cases.FulfillmentCases;
import com.marketplace.aftersales.fulfillment.cases.FulfillmentStatus;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A customer's withdrawal, as fulfillment applies it: the execution is cancelled while nothing has moved. A case
 * fulfillment has not heard of yet is remembered, so a remedy decided concurrently is not executed afterwards.
 */
@Service
class Withdrawals {

    private static final Logger log = LoggerFactory.getLogger(Withdrawals.class);

    private final FulfillmentCases cases;
    private final ExecutionOrders orders;
    private final DatabaseClient db;
    private final CaseLocks locks;
    private final Clock clock;

    Withdrawals(FulfillmentCases cases, ExecutionOrders orders, DatabaseClient db, CaseLocks locks, Clock clock) {
        this.cases = cases;
        this.orders = orders;
        this.db = db;
        this.locks = locks;
        this.clock = clock;
    }

    Mono<Void> withdraw(CaseWithdrawn withdrawn) {
        UUID caseId = withdrawn.caseId();
        // Locked against a remedy for the same case being started concurrently (it arrives on another topic).
        return locks.lockForThisTransaction(caseId)
                .then(cases.find(caseId))
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(found -> found.map(this::cancel).orElseGet(() -> remember(caseId)));
    }

    Mono<Boolean> wasWithdrawn(UUID caseId) {
        return db.sql("select 1 from withdrawn_case where case_id = :caseId")
                .bind("caseId", caseId)
                .map((row, meta) -> true)
                .one()
                .defaultIfEmpty(false);
    }

    private Mono<Void> cancel(FulfillmentCase current) {
        if (current.status() == FulfillmentStatus.CANCELLED) {
            return Mono.empty();
        }
        if (!current.status().nothingMovedYet()) {
            // Intake allows a withdrawal only until goods or money moved; one that crossed a shipment or a payment
            // cannot undo it, so execution continues and an agent sorts it out with the customer.
            log.atWarn().addKeyValue("caseId", current.caseId()).log(
                    "Withdrawal arrived while the case is {}; goods or money already moved, execution continues",
                    current.status());
            return Mono.empty();
        }
        return cases.save(current.cancel())
                .then(orders.cancelOpen(current.caseId(), clock.instant()))
                .doOnSuccess(done -> log.atInfo().addKeyValue("caseId", current.caseId()).log(
                        "Execution cancelled: the customer withdrew the request"));
    }

    private Mono<Void> remember(UUID caseId) {
        return db.sql("insert into withdrawn_case (case_id, withdrawn_at) values (:caseId, :now) on conflict do nothing")
                .bind("caseId", caseId)
                .bind("now", clock.instant())
                .then();
    }
}
