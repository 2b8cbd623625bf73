package com.marketplace.aftersales.contracts.fulfillment;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.util.UUID;

/** The merchant or its warehouse confirmed receipt of the returned goods. */
public record ReturnReceived(
        UUID caseId, String warehouseId, String note, Actor actor) implements CaseEvent {
}
