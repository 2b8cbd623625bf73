package com.marketplace.aftersales.fulfillment.refunds;

import com.marketplace.aftersales.contracts.event.Money;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * What was paid for a case's order line and how much of it is committed to refunds (and, later, compensation). The
 * limit is enforced by the database ({@code case_money_committed_within_line_paid}), not by this class: whatever path
 * commits money, a commit above the line's paid amount fails and takes its whole transaction with it.
 */
@Repository
public class CaseMoney {

    static final String LIMIT_CONSTRAINT = "case_money_committed_within_line_paid";

    private final DatabaseClient db;

    CaseMoney(DatabaseClient db) {
        this.db = db;
    }

    /** Starts the account of a case: nothing committed yet. */
    public Mono<Void> open(UUID caseId, Money linePaid) {
        return db.sql("insert into case_money (case_id, line_paid, committed, currency) values (:caseId, :paid, 0, :currency)")
                .bind("caseId", caseId)
                .bind("paid", linePaid.amount())
                .bind("currency", linePaid.currency())
                .then();
    }

    /**
     * Commits an amount to a payment.
     *
     * @throws MoneyLimitExceeded (as the Mono's error) when the database refuses: more than the line's paid amount
     */
    Mono<Void> commit(UUID caseId, Money amount) {
        return change(caseId, amount, "+")
                .onErrorMap(DataIntegrityViolationException.class, e -> isLimit(e)
                        ? new MoneyLimitExceeded(caseId, amount, e) : e);
    }

    /** Gives back an amount whose payment failed for good, so another route can pay it. */
    Mono<Void> release(UUID caseId, Money amount) {
        return change(caseId, amount, "-");
    }

    private Mono<Void> change(UUID caseId, Money amount, String sign) {
        return db.sql("update case_money set committed = committed " + sign + " :amount"
                        + " where case_id = :caseId and currency = :currency")
                .bind("amount", amount.amount())
                .bind("caseId", caseId)
                .bind("currency", amount.currency())
                .fetch().rowsUpdated()
                .flatMap(rows -> rows == 1 ? Mono.<Void>empty() : Mono.error(new IllegalStateException(
                        "Case " + caseId + " has no money account in " + amount.currency())));
    }

    private static boolean isLimit(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof io.r2dbc.postgresql.api.PostgresqlException pg) {
                return pg.getErrorDetails().getConstraintName().map(LIMIT_CONSTRAINT::equals).orElse(false);
            }
        }
        return false;
    }
}
