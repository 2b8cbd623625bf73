package com.marketplace.aftersales.fulfillment.execution;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.fulfillment.Department;
import com.marketplace.aftersales.contracts.fulfillment.ExecutionOrderCreated;
import java.time.Instant;
import java.util.UUID;

/** A decided remedy as work for a department: service number, remedy, department, owner, deadline (domain §3). */
record ExecutionOrder(UUID executionOrderId, UUID caseId, String serviceNo, Remedy remedy, Department department,
                      String owner, Instant dueBy) {

    ExecutionOrderCreated created(Actor actor) {
        return new ExecutionOrderCreated(caseId, executionOrderId, serviceNo, remedy, department, owner, dueBy, actor);
    }
}
