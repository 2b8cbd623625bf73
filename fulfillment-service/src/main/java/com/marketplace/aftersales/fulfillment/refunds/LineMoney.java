package com.marketplace.aftersales.fulfillment.refunds;

import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.fulfillment.cases.FulfillmentCase;
import java.math.BigDecimal;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * What was paid for an order line and how much of it the line's cases have committed to refunds (and, later,
 * compensation), all cases of the line together: a second case on a line (allowed once the first ended) draws on
 * what the first left. The ceiling is enforced by the database ({@code line_money_committed_within_line_paid}), not
 * by this class: whatever path commits money, a commit above the line's paid amount is refused.
 */
@Repository
public class LineMoney {

    static final String LIMIT_CONSTRAINT = "line_money_committed_within_line_paid";
    private static final Logger log = LoggerFactory.getLogger(LineMoney.class);

    private final DatabaseClient db;

    LineMoney(DatabaseClient db) {
        this.db = db;
    }

    /**
     * Opens the line's account when its first case is executed; later cases of the line share it. What was paid for a
     * line does not change, so the first case's {@code linePaid} stands.
     */
    public Mono<Void> open(String orderId, String orderLineId, Money linePaid) {
        return db.sql("""
                        insert into line_money (order_id, order_line_id, line_paid, committed, currency)
                        values (:orderId, :lineId, :paid, 0, :currency)
                        on conflict (order_id, order_line_id) do nothing""")
                .bind("orderId", orderId)
                .bind("lineId", orderLineId)
                .bind("paid", linePaid.amount())
                .bind("currency", linePaid.currency())
                .fetch().rowsUpdated()
                .flatMap(inserted -> inserted > 0 ? Mono.<Void>empty() : warnIfDifferent(orderId, orderLineId, linePaid));
    }

    /**
     * Commits an amount of the case's line to a payment. The statement runs under a savepoint: when the database
     * refuses it, only the refused statement is undone and the surrounding transaction (the caller's) stays usable, so
     * the caller can record that the refund is blocked in the same transaction.
     *
     * @throws MoneyLimitExceeded (as the Mono's error) when the database refuses: more than the line's paid amount
     */
    Mono<Void> commit(FulfillmentCase target, Money amount) {
        return db.sql("savepoint line_money_commit").then()
                .then(change(target.orderId(), target.orderLineId(), amount, "+"))
                .then(db.sql("release savepoint line_money_commit").then())
                .onErrorResume(DataIntegrityViolationException.class, e -> isLimit(e)
                        ? db.sql("rollback to savepoint line_money_commit").then()
                                .then(Mono.error(new MoneyLimitExceeded(target.caseId(), amount, e)))
                        : Mono.error(e));
    }

    /** Gives back an amount whose payment failed for good, so another route (or another case of the line) can pay it. */
    Mono<Void> release(UUID caseId, Money amount) {
        return db.sql("""
                        update line_money m set committed = m.committed - :amount
                        from fulfillment_case c
                        where c.case_id = :caseId and m.order_id = c.order_id and m.order_line_id = c.order_line_id
                          and m.currency = :currency""")
                .bind("amount", amount.amount())
                .bind("caseId", caseId)
                .bind("currency", amount.currency())
                .fetch().rowsUpdated()
                .flatMap(rows -> rows == 1 ? Mono.<Void>empty() : Mono.error(new IllegalStateException(
                        "The order line of case " + caseId + " has no money account in " + amount.currency())));
    }

    private Mono<Void> change(String orderId, String orderLineId, Money amount, String sign) {
        return db.sql("update line_money set committed = committed " + sign + " :amount"
                        + " where order_id = :orderId and order_line_id = :lineId and currency = :currency")
                .bind("amount", amount.amount())
                .bind("orderId", orderId)
                .bind("lineId", orderLineId)
                .bind("currency", amount.currency())
                .fetch().rowsUpdated()
                .flatMap(rows -> rows == 1 ? Mono.<Void>empty() : Mono.error(new IllegalStateException(
                        "Order line " + orderId + "/" + orderLineId + " has no money account in "
                                + amount.currency())));
    }

    private Mono<Void> warnIfDifferent(String orderId, String orderLineId, Money linePaid) {
        return db.sql("select line_paid, currency from line_money where order_id = :orderId and order_line_id = :lineId")
                .bind("orderId", orderId)
                .bind("lineId", orderLineId)
                .map((row, meta) -> new Money(row.get("line_paid", BigDecimal.class),
                        row.get("currency", String.class)))
                .one()
                .doOnNext(stored -> {
                    if (!stored.currency().equals(linePaid.currency())
                            || stored.amount().compareTo(linePaid.amount()) != 0) {
                        log.atWarn().addKeyValue("orderId", orderId).log(
                                "Line {} was first executed as paid {} {}, now announced as {} {}; the first stands",
                                orderLineId, stored.amount(), stored.currency(), linePaid.amount(),
                                linePaid.currency());
                    }
                })
                .then();
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
