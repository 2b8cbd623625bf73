package com.marketplace.aftersales.contracts.fulfillment;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.util.UUID;

/** The merchant inspected the returned goods. */
public record InspectionCompleted(
        UUID caseId, InspectionResult result, String note, Actor actor) implements CaseEvent {
}
