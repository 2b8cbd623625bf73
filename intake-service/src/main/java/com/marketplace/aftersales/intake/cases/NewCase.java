package com.marketplace.aftersales.intake.cases;

import com.marketplace.aftersales.contracts.event.Channel;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.ServiceType;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything a new request is registered with: what the customer asked, and the order line's facts from the replica
 * (so that no later stage has to look the order up).
 *
 * @param linePaid what was paid for the line, in the order's currency
 */
record NewCase(
        UUID caseId,
        String serviceNo,
        String customerId,
        String merchantId,
        String orderId,
        String orderLineId,
        String sku,
        String productTitle,
        String productCategory,
        ServiceType serviceType,
        String description,
        Money requestedAmount,
        Money linePaid,
        String paymentMethod,
        Instant deliveredAt,
        Channel channel) {

    NewCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(serviceNo, "serviceNo");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(orderLineId, "orderLineId");
        Objects.requireNonNull(serviceType, "serviceType");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(linePaid, "linePaid");
        Objects.requireNonNull(channel, "channel");
    }
}
