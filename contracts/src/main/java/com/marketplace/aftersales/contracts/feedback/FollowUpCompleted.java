package com.marketplace.aftersales.contracts.feedback;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.util.UUID;

/** The follow-up of a negative review is done. */
public record FollowUpCompleted(
        UUID caseId, UUID followUpId, String outcome, Actor actor) implements CaseEvent {
}
