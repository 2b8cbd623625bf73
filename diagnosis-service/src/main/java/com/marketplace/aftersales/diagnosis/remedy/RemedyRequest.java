package com.marketplace.aftersales.diagnosis.remedy;

import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Remedy;
import java.util.UUID;

/**
 * What deciding a remedy needs to know about a case: the remedy itself, the amounts, and the ids fulfillment builds
 * its execution order from.
 *
 * @param requestedAmount what the customer asked for, or null
 * @param linePaid        what was paid for the order line: the ceiling of every refund
 * @param decidedAmount   the amount a person decided, for the remedies that need one: the refund of a
 *                        {@code PARTIAL_REFUND}, the (approved) payout of a {@code COMPENSATION}; null otherwise
 */
public record RemedyRequest(UUID caseId, Remedy remedy, Money requestedAmount, Money linePaid, Money decidedAmount,
                            String customerId, String merchantId, String orderId, String orderLineId,
                            String serviceNo) {

    public RemedyRequest(UUID caseId, Remedy remedy, Money requestedAmount, Money linePaid, String customerId,
                         String merchantId, String orderId, String orderLineId, String serviceNo) {
        this(caseId, remedy, requestedAmount, linePaid, null, customerId, merchantId, orderId, orderLineId,
                serviceNo);
    }
}
