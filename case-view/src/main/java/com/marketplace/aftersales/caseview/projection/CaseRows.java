package com.marketplace.aftersales.caseview.projection;

import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Priority;
import com.marketplace.aftersales.contracts.event.ProblemCategory;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.event.ServiceType;
import com.marketplace.aftersales.contracts.status.CaseStatus;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The {@code case_view} table: one row per case, written only by the projection. */
@Component
class CaseRows {

    private final DatabaseClient db;

    CaseRows(DatabaseClient db) {
        this.db = db;
    }

    /**
     * The case's row, created if this is the first event of the case to arrive, and locked until the transaction
     * ends. The lock serialises every event of one case, whichever topic and consumer thread it comes from: the
     * timeline ids of a case then follow commit order, and no two events overwrite each other's changes.
     */
    Mono<CaseState> lockOrCreate(UUID caseId, Instant at) {
        return db.sql("""
                        insert into case_view (case_id, created_at, updated_at) values (:caseId, :at, :at)
                        on conflict (case_id) do update set case_id = excluded.case_id
                        returning *""")
                .bind("caseId", caseId)
                .bind("at", at)
                .map(CaseRows::state)
                .one();
    }

    Mono<Void> save(CaseState state) {
        Money refund = state.refund();
        DatabaseClient.GenericExecuteSpec update = db.sql("""
                        update case_view set
                            service_no = :serviceNo, customer_id = :customerId, merchant_id = :merchantId,
                            order_id = :orderId, order_line_id = :orderLineId, service_type = :serviceType,
                            category = :category, priority = :priority, status = :status,
                            handler_id = :handlerId, handler_name = :handlerName, remedy = :remedy,
                            refund_amount = :refundAmount, refund_currency = :refundCurrency,
                            refund_status = :refundStatus, warehouse_id = :warehouseId,
                            expected_completion_at = :expectedCompletionAt, notified_status = :notifiedStatus,
                            version = :version, created_at = :createdAt, updated_at = :updatedAt
                        where case_id = :caseId""")
                .bind("caseId", state.caseId())
                .bind("version", state.version())
                .bind("createdAt", state.createdAt())
                .bind("updatedAt", state.updatedAt());
        update = nullable(update, "serviceNo", state.serviceNo(), String.class);
        update = nullable(update, "customerId", state.customerId(), String.class);
        update = nullable(update, "merchantId", state.merchantId(), String.class);
        update = nullable(update, "orderId", state.orderId(), String.class);
        update = nullable(update, "orderLineId", state.orderLineId(), String.class);
        update = nullable(update, "serviceType", name(state.serviceType()), String.class);
        update = nullable(update, "category", name(state.category()), String.class);
        update = nullable(update, "priority", name(state.priority()), String.class);
        update = nullable(update, "status", name(state.status()), String.class);
        update = nullable(update, "handlerId", state.handlerId(), String.class);
        update = nullable(update, "handlerName", state.handlerName(), String.class);
        update = nullable(update, "remedy", name(state.remedy()), String.class);
        update = nullable(update, "refundAmount", refund == null ? null : refund.amount(), BigDecimal.class);
        update = nullable(update, "refundCurrency", refund == null ? null : refund.currency(), String.class);
        update = nullable(update, "refundStatus", name(state.refundStatus()), String.class);
        update = nullable(update, "warehouseId", state.warehouseId(), String.class);
        update = nullable(update, "expectedCompletionAt", state.expectedCompletionAt(), Instant.class);
        update = nullable(update, "notifiedStatus", name(state.notifiedStatus()), String.class);
        return update.then();
    }

    private static CaseState state(Readable row) {
        BigDecimal amount = row.get("refund_amount", BigDecimal.class);
        String currency = row.get("refund_currency", String.class);
        return new CaseState(
                row.get("case_id", UUID.class),
                row.get("service_no", String.class),
                row.get("customer_id", String.class),
                row.get("merchant_id", String.class),
                row.get("order_id", String.class),
                row.get("order_line_id", String.class),
                enumOf(row.get("service_type", String.class), ServiceType::valueOf),
                enumOf(row.get("category", String.class), ProblemCategory::valueOf),
                enumOf(row.get("priority", String.class), Priority::valueOf),
                enumOf(row.get("status", String.class), CaseStatus::valueOf),
                row.get("handler_id", String.class),
                row.get("handler_name", String.class),
                enumOf(row.get("remedy", String.class), Remedy::valueOf),
                amount == null || currency == null ? null : new Money(amount, currency),
                enumOf(row.get("refund_status", String.class), RefundStatus::valueOf),
                row.get("warehouse_id", String.class),
                row.get("expected_completion_at", Instant.class),
                enumOf(row.get("notified_status", String.class), CaseStatus::valueOf),
                row.get("version", Long.class),
                row.get("created_at", Instant.class),
                row.get("updated_at", Instant.class));
    }

    private static <E extends Enum<E>> E enumOf(String name, Function<String, E> valueOf) {
        return name == null ? null : valueOf.apply(name);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static <T> DatabaseClient.GenericExecuteSpec nullable(DatabaseClient.GenericExecuteSpec spec, String name,
                                                          T value, Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }
}
