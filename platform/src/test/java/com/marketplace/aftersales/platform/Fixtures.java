package com.marketplace.aftersales.platform;

import com.marketplace.aftersales.contracts.Component;
import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.Channel;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.ServiceType;
import com.marketplace.aftersales.contracts.intake.CaseSubmitted;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Events as intake would publish them. */
public final class Fixtures {

    private Fixtures() {
    }

    public static CaseSubmitted submitted(UUID caseId, String description) {
        return new CaseSubmitted(caseId, "AS-20261122-" + caseId.toString().substring(0, 6), "customer-1",
                "merchant-1", "order-1", "line-1", "SKU-1", "Headphones", "electronics", ServiceType.RETURN_REFUND,
                description, null, Money.of("129.00", "CNY"), "ALIPAY", Instant.parse("2026-11-20T10:00:00Z"),
                List.of(), new Actor("customer-1", ActorRole.CUSTOMER, Channel.ORDER_DETAIL));
    }

    public static EventEnvelope<CaseSubmitted> fromIntake(CaseSubmitted event) {
        return EventEnvelope.of(event, Component.INTAKE_SERVICE, UUID.randomUUID(), Instant.now());
    }
}
