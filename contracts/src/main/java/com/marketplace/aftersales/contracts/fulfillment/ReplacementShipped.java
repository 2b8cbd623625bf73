package com.marketplace.aftersales.contracts.fulfillment;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.util.UUID;

/** A replacement left for the customer: an exchange or a reship. */
public record ReplacementShipped(
        UUID caseId, ReplacementKind kind, String carrier, String waybillNo, Actor actor) implements CaseEvent {
}
