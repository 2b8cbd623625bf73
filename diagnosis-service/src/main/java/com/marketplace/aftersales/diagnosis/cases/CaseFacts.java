package com.marketplace.aftersales.diagnosis.cases;

import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.ServiceType;
import com.marketplace.aftersales.contracts.intake.CaseSubmitted;
import java.util.UUID;

/**
 * What intake told diagnosis about a request ({@code CaseSubmitted}); never changes afterwards.
 *
 * @param requestedAmount what the customer asked for, or null
 * @param linePaid        what the customer paid for the order line: the ceiling of refunds
 * @param productCategory the line's catalogue category, or null
 */
public record CaseFacts(
        UUID caseId,
        String serviceNo,
        String customerId,
        String merchantId,
        String orderId,
        String orderLineId,
        ServiceType serviceType,
        String description,
        Money requestedAmount,
        Money linePaid,
        String productCategory) {

    public CaseFacts {
        if (caseId == null) {
            throw new IllegalArgumentException("caseId is missing");
        }
        requireText(serviceNo, "serviceNo");
        requireText(customerId, "customerId");
        requireText(merchantId, "merchantId");
        requireText(orderId, "orderId");
        requireText(orderLineId, "orderLineId");
        if (serviceType == null || serviceType == ServiceType.UNKNOWN) {
            throw new IllegalArgumentException("serviceType is missing or of a newer version than this service knows");
        }
        if (linePaid == null) {
            throw new IllegalArgumentException("linePaid is missing");
        }
        description = description == null ? "" : description;
    }

    public static CaseFacts of(CaseSubmitted submitted) {
        return new CaseFacts(submitted.caseId(), submitted.serviceNo(), submitted.customerId(),
                submitted.merchantId(), submitted.orderId(), submitted.orderLineId(), submitted.serviceType(),
                submitted.description(), submitted.requestedAmount(), submitted.linePaid(),
                submitted.productCategory());
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is missing");
        }
    }
}
