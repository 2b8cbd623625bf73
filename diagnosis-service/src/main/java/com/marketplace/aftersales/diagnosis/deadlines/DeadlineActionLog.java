package com.marketplace.aftersales.diagnosis.deadlines;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Every deadline action received, keyed by its deterministic action id: the guarantee that one action is acted on at
 * most once even when the sla-monitor emits it again under a new event id (which the inbox cannot recognise).
 */
@Repository
class DeadlineActionLog {

    private final DatabaseClient db;

    DeadlineActionLog(DatabaseClient db) {
        this.db = db;
    }

    Mono<DeadlineActionRecord.Outcome> outcomeOf(String actionId) {
        return db.sql("select outcome from deadline_action where action_id = :actionId")
                .bind("actionId", actionId)
                .map((row, meta) -> DeadlineActionRecord.Outcome.valueOf(row.get("outcome", String.class)))
                .one();
    }

    /** @return false if the action id was recorded before: then its effect must not be applied again */
    Mono<Boolean> recordFirst(DeadlineActionRecord record) {
        DatabaseClient.GenericExecuteSpec insert = db.sql("""
                        insert into deadline_action (action_id, case_id, action, policy, event_id, outcome, detail,
                            received_at)
                        values (:actionId, :caseId, :action, :policy, :eventId, :outcome, :detail, :receivedAt)
                        on conflict (action_id) do nothing""")
                .bind("actionId", record.actionId())
                .bind("caseId", record.caseId())
                .bind("action", record.action())
                .bind("policy", record.policy())
                .bind("eventId", record.eventId())
                .bind("outcome", record.outcome().name())
                .bind("receivedAt", record.receivedAt());
        insert = record.detail() == null ? insert.bindNull("detail", String.class)
                : insert.bind("detail", record.detail());
        return insert.fetch().rowsUpdated().map(rows -> rows > 0);
    }
}
