package com.marketplace.aftersales.contracts.feedback;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.util.UUID;

/** The case's record was archived: request, process, solution and rating. */
public record CaseArchived(
        UUID caseId, Actor actor) implements CaseEvent {
}
