package com.marketplace.aftersales.contracts.feedback;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.util.UUID;

/** The customer rated the service, 1 (worst) to 5. A rating of 1 or 2 opens a follow-up. */
public record FeedbackSubmitted(
        UUID caseId, int rating, String comment, Actor actor) implements CaseEvent {
}
