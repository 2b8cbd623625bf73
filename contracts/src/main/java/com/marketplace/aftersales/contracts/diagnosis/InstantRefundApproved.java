package com.marketplace.aftersales.contracts.diagnosis;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Money;
import java.util.UUID;

/** A small refund from a customer with a clean history was approved with no agent step. */
public record InstantRefundApproved(UUID caseId, Money amount, Actor actor) implements CaseEvent {
}
