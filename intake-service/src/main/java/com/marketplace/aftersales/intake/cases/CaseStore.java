package com.marketplace.aftersales.intake.cases;

import com.marketplace.aftersales.contracts.event.Channel;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.ServiceType;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The {@code after_sales_case} table. Updates are optimistic: they name the version they were decided on. */
@Component
class CaseStore {

    private static final String COLUMNS = """
            case_id, service_no, customer_id, merchant_id, order_id, order_line_id, service_type, channel, status,
            goods_or_money_moved_by, version""";

    /** The statuses that hold the order line, as SQL literals (the partial unique index of V2 lists the same). */
    private static final String HOLDING_LINE = Arrays.stream(IntakeStatus.values())
            .filter(IntakeStatus::holdsOrderLine)
            .map(status -> "'" + status.name() + "'")
            .collect(Collectors.joining(", "));

    private final DatabaseClient db;

    CaseStore(DatabaseClient db) {
        this.db = db;
    }

    Mono<AfterSalesCase> find(UUID caseId) {
        return db.sql("select " + COLUMNS + " from after_sales_case where case_id = :id")
                .bind("id", caseId)
                .map(CaseStore::toCase)
                .one();
    }

    /** The case that currently holds the order line, if any. */
    Mono<AfterSalesCase> findHoldingLine(String orderId, String orderLineId) {
        return db.sql("select " + COLUMNS + " from after_sales_case"
                        + " where order_id = :orderId and order_line_id = :lineId and status in (" + HOLDING_LINE + ")")
                .bind("orderId", orderId)
                .bind("lineId", orderLineId)
                .map(CaseStore::toCase)
                .one();
    }

    /**
     * Serialises requests for one order line until the end of the transaction, so two concurrent requests cannot both
     * find the line free. (The partial unique index is the backstop should anything bypass this.)
     */
    Mono<Void> lockOrderLine(String orderId, String orderLineId) {
        return db.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .bind("key", "intake:order-line:" + orderId + "|" + orderLineId)
                .then();
    }

    /**
     * Holds the case until the end of the transaction: every change of a case takes this lock before it reads the
     * case, so changes of one case (and decisions on the case's other tables, such as its evidence count) happen one
     * after the other. The key is the one the outbox locks to append the case's events, so appending never waits for
     * another writer of the case halfway through a change (a lock taken in a different order could deadlock).
     */
    Mono<Void> lockCase(UUID caseId) {
        return db.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .bind("key", caseId.toString())
                .then();
    }

    Mono<Void> insert(NewCase request, Instant now) {
        Money requested = request.requestedAmount();
        var insert = db.sql("""
                        insert into after_sales_case (case_id, service_no, customer_id, merchant_id, order_id,
                            order_line_id, service_type, description, requested_amount, requested_currency, channel,
                            status, submitted_at, updated_at, version)
                        values (:caseId, :serviceNo, :customerId, :merchantId, :orderId, :lineId, :serviceType,
                            :description, :requestedAmount, :requestedCurrency, :channel, 'SUBMITTED', :now, :now, 0)""")
                .bind("caseId", request.caseId())
                .bind("serviceNo", request.serviceNo())
                .bind("customerId", request.customerId())
                .bind("merchantId", request.merchantId())
                .bind("orderId", request.orderId())
                .bind("lineId", request.orderLineId())
                .bind("serviceType", request.serviceType().name())
                .bind("description", request.description())
                .bind("channel", request.channel().name())
                .bind("now", now);
        insert = requested == null
                ? insert.bindNull("requestedAmount", BigDecimal.class).bindNull("requestedCurrency", String.class)
                : insert.bind("requestedAmount", requested.amount()).bind("requestedCurrency", requested.currency());
        return insert.then();
    }

    /**
     * Stores the decided state if the row is still at the version it was decided on; bumps the version either way a
     * change is stored (evidence and messages too), so a concurrent decision on the older state fails.
     */
    Mono<Void> update(AfterSalesCase before, AfterSalesCase after, Instant now) {
        var update = db.sql("""
                        update after_sales_case
                           set status = :status, goods_or_money_moved_by = :movedBy, updated_at = :now,
                               version = version + 1
                         where case_id = :id and version = :version""")
                .bind("status", after.status().name())
                .bind("now", now)
                .bind("id", before.id())
                .bind("version", before.version());
        update = after.goodsOrMoneyMovedBy() == null ? update.bindNull("movedBy", String.class)
                : update.bind("movedBy", after.goodsOrMoneyMovedBy());
        return update.fetch().rowsUpdated()
                .flatMap(rows -> rows == 1 ? Mono.<Void>empty()
                        : Mono.error(new ConcurrentCaseChange(before.id(), before.version())));
    }

    private static AfterSalesCase toCase(Readable row) {
        return new AfterSalesCase(
                row.get("case_id", UUID.class),
                row.get("service_no", String.class),
                row.get("customer_id", String.class),
                row.get("merchant_id", String.class),
                row.get("order_id", String.class),
                row.get("order_line_id", String.class),
                ServiceType.valueOf(row.get("service_type", String.class)),
                Channel.valueOf(row.get("channel", String.class)),
                IntakeStatus.valueOf(row.get("status", String.class)),
                row.get("goods_or_money_moved_by", String.class),
                row.get("version", Long.class));
    }
}
