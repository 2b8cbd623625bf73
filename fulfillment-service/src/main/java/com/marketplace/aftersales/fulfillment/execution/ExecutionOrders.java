package com.marketplace.aftersales.fulfillment.execution;

import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class ExecutionOrders {

    private final DatabaseClient db;

    ExecutionOrders(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> insert(ExecutionOrder order, Instant now) {
        return db.sql("""
                        insert into execution_order (execution_order_id, case_id, remedy, department, owner, due_by,
                            created_at)
                        values (:id, :caseId, :remedy, :department, :owner, :dueBy, :now)""")
                .bind("id", order.executionOrderId())
                .bind("caseId", order.caseId())
                .bind("remedy", order.remedy().name())
                .bind("department", order.department().name())
                .bind("owner", order.owner())
                .bind("dueBy", order.dueBy())
                .bind("now", now)
                .then();
    }

    Mono<Void> cancelOpen(UUID caseId, Instant now) {
        return db.sql("update execution_order set cancelled_at = :now where case_id = :caseId and cancelled_at is null")
                .bind("now", now)
                .bind("caseId", caseId)
                .then();
    }
}
