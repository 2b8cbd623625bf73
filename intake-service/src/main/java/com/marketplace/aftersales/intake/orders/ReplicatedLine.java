package com.marketplace.aftersales.intake.orders;

import java.math.BigDecimal;

/** One line of a replicated order; {@code amountPaid} is the ceiling of what a request on it may ask for. */
public record ReplicatedLine(
        String lineId,
        String sku,
        String title,
        String category,
        int quantity,
        BigDecimal unitPrice,
        BigDecimal amountPaid,
        boolean returnable,
        int warrantyDays) {
}
