package com.marketplace.aftersales.contracts.feedback;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.util.UUID;

/** The retention period ended and the case's personal data was removed. */
public record CasePurged(
        UUID caseId, Actor actor) implements CaseEvent {
}
