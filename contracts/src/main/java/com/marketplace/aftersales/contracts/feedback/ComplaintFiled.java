package com.marketplace.aftersales.contracts.feedback;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.util.UUID;

/** The customer complained about the handling of the case. */
public record ComplaintFiled(
        UUID caseId, UUID complaintId, String text, Actor actor) implements CaseEvent {
}
