package com.marketplace.aftersales.contracts.intake;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.util.UUID;

/** The customer answered a request for more information; the case goes back to review. */
public record InfoProvided(UUID caseId, String text, Actor actor) implements CaseEvent {
}
