package com.marketplace.aftersales.fulfillment.deadlines;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Every deadline action received, by its deterministic action id: what guarantees that one action takes effect at
 * most once even when the sla-monitor emits it again under a new event id (which the inbox cannot recognise).
 */
@Repository
class DeadlineActionLog {

    private final DatabaseClient db;

    DeadlineActionLog(DatabaseClient db) {
        this.db = db;
    }

    /** What was done with the action before; empty if it is new. */
    Mono<DeadlineActionRecord.Outcome> earlierOutcome(String actionId) {
        return db.sql("select outcome from deadline_action where action_id = :actionId")
                .bind("actionId", actionId)
                .map((row, meta) -> DeadlineActionRecord.Outcome.valueOf(row.get("outcome", String.class)))
                .one();
    }

    Mono<Void> record(DeadlineActionRecord record) {
        return db.sql("""
                        insert into deadline_action (action_id, case_id, action, policy, event_id, outcome, detail,
                            received_at)
                        values (:actionId, :caseId, :action, :policy, :eventId, :outcome, :detail, :receivedAt)""")
                .bind("actionId", record.actionId())
                .bind("caseId", record.caseId())
                .bind("action", record.action())
                .bind("policy", record.policy())
                .bind("eventId", record.eventId())
                .bind("outcome", record.outcome().name())
                .bind("detail", record.detail())
                .bind("receivedAt", record.receivedAt())
                .then();
    }
}
