package com.marketplace.aftersales.contracts.diagnosis;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.util.UUID;

/** The case has a named handler, chosen by skill and load. */
public record HandlerAssigned(UUID caseId, String handlerId, String handlerName, Actor actor) implements CaseEvent {
}
