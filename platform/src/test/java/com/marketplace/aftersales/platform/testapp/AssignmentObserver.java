package com.marketplace.aftersales.platform.testapp;

import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.diagnosis.HandlerAssigned;
import com.marketplace.aftersales.platform.consumer.CaseEventHandler;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Consumes the relay's own output and counts each event's applications: the consumer's view of exactly-once. */
@Component
public class AssignmentObserver implements CaseEventHandler<HandlerAssigned> {

    private final DatabaseClient db;

    AssignmentObserver(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Class<HandlerAssigned> eventType() {
        return HandlerAssigned.class;
    }

    @Override
    public Mono<Void> handle(EventEnvelope<HandlerAssigned> event) {
        return db.sql("""
                        insert into applied_event (event_id, case_id, applied_count) values (:eventId, :caseId, 1)
                        on conflict (event_id) do update set applied_count = applied_event.applied_count + 1""")
                .bind("eventId", event.id())
                .bind("caseId", event.data().caseId())
                .then();
    }
}
