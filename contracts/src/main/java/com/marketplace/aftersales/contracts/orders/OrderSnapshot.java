package com.marketplace.aftersales.contracts.orders;

import java.time.Instant;
import java.util.List;

/**
 * The value of {@code commerce.orders.v1}, owned by the orders team: the whole order as it is now. A newer record for
 * the same order (same key, so same partition) replaces the older one. Plain JSON, not a CloudEvents envelope.
 */
public record OrderSnapshot(
        String orderId,
        String customerId,
        String merchantId,
        Instant placedAt,
        Instant deliveredAt,
        String paymentMethod,
        String currency,
        List<OrderLine> lines) {

    public OrderSnapshot {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
