package com.marketplace.aftersales.contracts.feedback;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.util.UUID;

/** A complaint was handled. */
public record ComplaintResolved(
        UUID caseId, UUID complaintId, String resolution, Actor actor) implements CaseEvent {
}
