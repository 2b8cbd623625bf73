package com.marketplace.aftersales.contracts.fulfillment;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.util.UUID;

/** The customer shipped the return and entered the carrier and waybill number. */
public record ReturnShipped(
        UUID caseId, String carrier, String waybillNo, Actor actor) implements CaseEvent {
}
