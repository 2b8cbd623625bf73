package com.marketplace.aftersales.contracts.diagnosis;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.util.UUID;

/** Customer and merchant disagree; the platform arbitrates. */
public record CaseDisputed(UUID caseId, String reason, Actor actor) implements CaseEvent {
}
