package com.marketplace.aftersales.contracts.fulfillment;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.util.UUID;

/** The case closed without an outcome (the customer never shipped the return). Terminal. */
public record CaseAbandoned(
        UUID caseId, String reason, Actor actor) implements CaseEvent {
}
