package com.marketplace.aftersales.contracts.fulfillment;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.util.UUID;

/** The customer may ship the goods back, to this warehouse and address. */
public record ReturnAuthorized(
        UUID caseId, String warehouseId, String returnAddress, Actor actor) implements CaseEvent {
}
