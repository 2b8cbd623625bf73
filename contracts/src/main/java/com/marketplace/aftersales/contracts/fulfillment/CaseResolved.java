package com.marketplace.aftersales.contracts.fulfillment;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Remedy;
import java.util.UUID;

/** Execution is complete; the customer is asked to confirm and rate. */
public record CaseResolved(
        UUID caseId, Remedy remedy, String summary, Actor actor) implements CaseEvent {
}
