package com.marketplace.aftersales.contracts.intake;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.util.UUID;

/** A message in the case's conversation; the actor's role tells a customer's message from an agent's. */
public record MessagePosted(UUID caseId, UUID messageId, String text, Actor actor) implements CaseEvent {
}
