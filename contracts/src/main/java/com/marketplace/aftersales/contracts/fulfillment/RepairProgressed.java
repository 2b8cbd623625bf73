package com.marketplace.aftersales.contracts.fulfillment;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.util.UUID;

/** A repair moved to its next stage. */
public record RepairProgressed(
        UUID caseId, RepairStage stage, String note, Actor actor) implements CaseEvent {
}
