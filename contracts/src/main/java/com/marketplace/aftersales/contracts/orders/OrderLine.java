package com.marketplace.aftersales.contracts.orders;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/** One line of an order as the orders team publishes it. Amounts are in the order's currency. */
public record OrderLine(
        String lineId,
        String sku,
        String title,
        String category,
        int quantity,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unitPrice,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountPaid,
        boolean returnable,
        int warrantyDays) {
}
