package com.marketplace.aftersales.contracts.intake;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.util.UUID;

/** An agent's review of a request. {@code reasonCode} is set for {@code NOT_APPLICABLE} and {@code NEEDS_MORE_INFO}. */
public record CaseReviewed(UUID caseId, ReviewDecision decision, String reasonCode, String note, Actor actor)
        implements CaseEvent {
}
