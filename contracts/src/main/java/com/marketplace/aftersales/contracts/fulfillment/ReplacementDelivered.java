package com.marketplace.aftersales.contracts.fulfillment;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.util.UUID;

/** The replacement reached the customer. */
public record ReplacementDelivered(
        UUID caseId, ReplacementKind kind, Actor actor) implements CaseEvent {
}
