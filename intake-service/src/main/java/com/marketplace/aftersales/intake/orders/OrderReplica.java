package com.marketplace.aftersales.intake.orders;

import com.marketplace.aftersales.contracts.orders.OrderLine;
import com.marketplace.aftersales.contracts.orders.OrderSnapshot;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The {@code order_replica} and {@code order_line_replica} tables. */
@Component
public class OrderReplica {

    private final DatabaseClient db;

    OrderReplica(DatabaseClient db) {
        this.db = db;
    }

    /** The order with its lines, or empty if the replica has never seen it. */
    public Mono<ReplicatedOrder> find(String orderId) {
        Mono<List<ReplicatedLine>> lines = db.sql("""
                        select line_id, sku, title, category, quantity, unit_price, amount_paid, returnable, warranty_days
                        from order_line_replica where order_id = :orderId order by line_id""")
                .bind("orderId", orderId)
                .map((row, meta) -> new ReplicatedLine(
                        row.get("line_id", String.class),
                        row.get("sku", String.class),
                        row.get("title", String.class),
                        row.get("category", String.class),
                        row.get("quantity", Integer.class),
                        row.get("unit_price", BigDecimal.class),
                        row.get("amount_paid", BigDecimal.class),
                        row.get("returnable", Boolean.class),
                        row.get("warranty_days", Integer.class)))
                .all()
                .collectList();
        return db.sql("""
                        select order_id, customer_id, merchant_id, placed_at, delivered_at, payment_method, currency
                        from order_replica where order_id = :orderId""")
                .bind("orderId", orderId)
                .map((row, meta) -> new Header(
                        row.get("order_id", String.class),
                        row.get("customer_id", String.class),
                        row.get("merchant_id", String.class),
                        row.get("placed_at", Instant.class),
                        row.get("delivered_at", Instant.class),
                        row.get("payment_method", String.class),
                        row.get("currency", String.class)))
                .one()
                .zipWith(lines, (header, orderLines) -> new ReplicatedOrder(header.orderId, header.customerId,
                        header.merchantId, header.placedAt, header.deliveredAt, header.paymentMethod,
                        header.currency, orderLines));
    }

    /**
     * Stores the order unless the replica already holds a newer record of it. Records of one order share a key and so
     * a partition, where a higher offset is newer; an older record arriving late (a dead-letter replay) is ignored.
     * If the partition differs the topic was rebuilt, and the record at hand wins.
     *
     * @return true if the record was applied, false if it was older than what the replica holds
     */
    Mono<Boolean> upsert(OrderSnapshot order, int partition, long offset, Instant now) {
        var header = db.sql("""
                        insert into order_replica (order_id, customer_id, merchant_id, placed_at, delivered_at,
                                                   payment_method, currency, source_partition, source_offset,
                                                   replicated_at)
                        values (:orderId, :customerId, :merchantId, :placedAt, :deliveredAt, :paymentMethod,
                                :currency, :partition, :offset, :now)
                        on conflict (order_id) do update set
                            customer_id = excluded.customer_id,
                            merchant_id = excluded.merchant_id,
                            placed_at = excluded.placed_at,
                            delivered_at = excluded.delivered_at,
                            payment_method = excluded.payment_method,
                            currency = excluded.currency,
                            source_partition = excluded.source_partition,
                            source_offset = excluded.source_offset,
                            replicated_at = excluded.replicated_at
                        where order_replica.source_partition <> excluded.source_partition
                           or order_replica.source_offset <= excluded.source_offset""")
                .bind("orderId", order.orderId())
                .bind("customerId", order.customerId())
                .bind("merchantId", order.merchantId())
                .bind("currency", order.currency())
                .bind("partition", partition)
                .bind("offset", offset)
                .bind("now", now);
        header = bindNullable(header, "placedAt", order.placedAt(), Instant.class);
        header = bindNullable(header, "deliveredAt", order.deliveredAt(), Instant.class);
        header = bindNullable(header, "paymentMethod", order.paymentMethod(), String.class);
        return header.fetch().rowsUpdated()
                .flatMap(rows -> rows == 0 ? Mono.just(false) : replaceLines(order).thenReturn(true));
    }

    /** A tombstone on the compacted topic: the orders team erased the order. */
    Mono<Boolean> remove(String orderId) {
        return db.sql("delete from order_replica where order_id = :orderId")
                .bind("orderId", orderId)
                .fetch().rowsUpdated()
                .map(rows -> rows > 0);
    }

    /** A newer record replaces the lines as a whole: a line missing from it is gone. */
    private Mono<Void> replaceLines(OrderSnapshot order) {
        Mono<Void> delete = db.sql("delete from order_line_replica where order_id = :orderId")
                .bind("orderId", order.orderId())
                .then();
        return delete.thenMany(Flux.fromIterable(order.lines()).concatMap(line -> insertLine(order.orderId(), line)))
                .then();
    }

    private Mono<Void> insertLine(String orderId, OrderLine line) {
        var insert = db.sql("""
                        insert into order_line_replica (order_id, line_id, sku, title, category, quantity, unit_price,
                                                        amount_paid, returnable, warranty_days)
                        values (:orderId, :lineId, :sku, :title, :category, :quantity, :unitPrice, :amountPaid,
                                :returnable, :warrantyDays)""")
                .bind("orderId", orderId)
                .bind("lineId", line.lineId())
                .bind("quantity", line.quantity())
                .bind("amountPaid", line.amountPaid())
                .bind("returnable", line.returnable())
                .bind("warrantyDays", line.warrantyDays());
        insert = bindNullable(insert, "sku", line.sku(), String.class);
        insert = bindNullable(insert, "title", line.title(), String.class);
        insert = bindNullable(insert, "category", line.category(), String.class);
        insert = bindNullable(insert, "unitPrice", line.unitPrice(), BigDecimal.class);
        return insert.then();
    }

    private static <T> DatabaseClient.GenericExecuteSpec bindNullable(DatabaseClient.GenericExecuteSpec spec,
                                                                      String name, T value, Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }

    private record Header(String orderId, String customerId, String merchantId, Instant placedAt,
                          Instant deliveredAt, String paymentMethod, String currency) {
    }
}
