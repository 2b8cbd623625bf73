package com.marketplace.aftersales.contracts.diagnosis;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Money;
import java.util.UUID;

/** Compensation was approved, by an agent within the limit or a supervisor above it. */
public record CompensationApproved(UUID caseId, Money amount, String approvedByRole, Actor actor) implements CaseEvent {
}
