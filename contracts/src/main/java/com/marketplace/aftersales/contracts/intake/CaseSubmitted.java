package com.marketplace.aftersales.contracts.intake;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.ServiceType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A customer's request was registered. Carries what every later stage needs about the order line, so no
 * consumer has to call intake back.
 *
 * @param requestedAmount what the customer asks for, if they named an amount
 * @param linePaid        what the customer paid for the order line: the ceiling of refunds and compensation
 * @param productCategory the order line's catalogue category (e.g. {@code electronics}, {@code fresh})
 */
public record CaseSubmitted(
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
        List<EvidenceRef> evidence,
        Actor actor) implements CaseEvent {

    public CaseSubmitted {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
