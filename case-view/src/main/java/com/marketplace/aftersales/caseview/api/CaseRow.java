package com.marketplace.aftersales.caseview.api;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A {@code case_view} row as the queries read it; mapped to response records, never returned as a body. */
record CaseRow(
        UUID caseId,
        String serviceNo,
        String customerId,
        String merchantId,
        String orderId,
        String orderLineId,
        String serviceType,
        String category,
        String priority,
        String status,
        String handlerId,
        String handlerName,
        String remedy,
        BigDecimal refundAmount,
        String refundCurrency,
        String refundStatus,
        String warehouseId,
        Instant expectedCompletionAt,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static CaseRow read(Readable row) {
        return new CaseRow(
                row.get("case_id", UUID.class),
                row.get("service_no", String.class),
                row.get("customer_id", String.class),
                row.get("merchant_id", String.class),
                row.get("order_id", String.class),
                row.get("order_line_id", String.class),
                row.get("service_type", String.class),
                row.get("category", String.class),
                row.get("priority", String.class),
                row.get("status", String.class),
                row.get("handler_id", String.class),
                row.get("handler_name", String.class),
                row.get("remedy", String.class),
                row.get("refund_amount", BigDecimal.class),
                row.get("refund_currency", String.class),
                row.get("refund_status", String.class),
                row.get("warehouse_id", String.class),
                row.get("expected_completion_at", Instant.class),
                row.get("version", Long.class),
                row.get("created_at", Instant.class),
                row.get("updated_at", Instant.class));
    }
}
