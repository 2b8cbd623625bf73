package com.marketplace.aftersales.intake.orders;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An order as the replica last saw it. Amounts of its lines are in {@link #currency()}. */
public record ReplicatedOrder(
        String orderId,
        String customerId,
        String merchantId,
        Instant placedAt,
        Instant deliveredAt,
        String paymentMethod,
        String currency,
        List<ReplicatedLine> lines) {

    public ReplicatedOrder {
        lines = List.copyOf(lines);
    }

    public boolean belongsTo(String customerId) {
        return this.customerId.equals(customerId);
    }

    public Optional<ReplicatedLine> line(String lineId) {
        return lines.stream().filter(line -> line.lineId().equals(lineId)).findFirst();
    }
}
