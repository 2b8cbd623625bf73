package com.marketplace.aftersales.contracts.diagnosis;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Priority;
import java.util.UUID;

/** The case's priority changed (angry wording, a missed deadline, an agent). */
public record PriorityChanged(UUID caseId, Priority priority, String reason, Actor actor) implements CaseEvent {
}
