package com.marketplace.aftersales.contracts.intake;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.util.UUID;

/** The customer withdrew the request before goods or money moved. Terminal: stops every clock. */
public record CaseWithdrawn(UUID caseId, String reason, Actor actor) implements CaseEvent {
}
