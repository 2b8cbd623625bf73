package com.marketplace.aftersales.intake.orders;

import com.marketplace.aftersales.contracts.MalformedEventException;
import com.marketplace.aftersales.contracts.orders.OrderLine;
import com.marketplace.aftersales.contracts.orders.OrderSnapshot;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * What an order record must carry for intake to register requests against it. The codec already insists on an order
 * id and a customer; a record without a merchant, a currency or the amounts paid would make every later request on it
 * fail, so it is refused at the door (dead-lettered, where the orders team can be shown it).
 */
final class OrderRecordCheck {

    /** {@code numeric(12,2)}: ten digits before the point, two after. */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    private OrderRecordCheck() {
    }

    static void requireUsable(OrderSnapshot order) {
        require(!isBlank(order.merchantId()), order, "has no merchantId");
        require(order.currency() != null && order.currency().matches("[A-Z]{3}"), order,
                "has no ISO-4217 currency");
        Set<String> lineIds = new HashSet<>();
        for (OrderLine line : order.lines()) {
            require(line != null && !isBlank(line.lineId()), order, "has a line without lineId");
            require(lineIds.add(line.lineId()), order, "has line " + line.lineId() + " twice");
            require(isAmount(line.amountPaid()), order, "line " + line.lineId() + " has no valid amountPaid");
            require(line.unitPrice() == null || isAmount(line.unitPrice()), order,
                    "line " + line.lineId() + " has an invalid unitPrice");
            require(line.quantity() >= 0 && line.warrantyDays() >= 0, order,
                    "line " + line.lineId() + " has a negative quantity or warranty");
        }
    }

    private static boolean isAmount(BigDecimal amount) {
        return amount != null && amount.signum() >= 0 && amount.scale() <= 2 && amount.compareTo(MAX_AMOUNT) <= 0;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static void require(boolean condition, OrderSnapshot order, String problem) {
        if (!condition) {
            throw new MalformedEventException("Order " + order.orderId() + " " + problem);
        }
    }
}
