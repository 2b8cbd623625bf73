package com.marketplace.aftersales.contracts.feedback;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.util.UUID;

/** A negative review opened a follow-up: the customer is contacted within the configured time. */
public record FollowUpOpened(
        UUID caseId, UUID followUpId, int rating, Actor actor) implements CaseEvent {
}
