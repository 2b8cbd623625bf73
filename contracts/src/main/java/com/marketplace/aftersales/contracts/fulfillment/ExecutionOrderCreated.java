package com.marketplace.aftersales.contracts.fulfillment;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Remedy;
import java.time.Instant;
import java.util.UUID;

/** A decided remedy became an execution order with a responsible department, an owner and a deadline. */
public record ExecutionOrderCreated(
        UUID caseId,
        UUID executionOrderId,
        String serviceNo,
        Remedy remedy,
        Department department,
        String owner,
        Instant dueBy,
        Actor actor) implements CaseEvent {
}
