package com.marketplace.aftersales.contracts.feedback;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.util.UUID;

/** The case is closed. Terminal: stops every clock. */
public record CaseClosed(
        UUID caseId, CloseReason reason, Actor actor) implements CaseEvent {
}
