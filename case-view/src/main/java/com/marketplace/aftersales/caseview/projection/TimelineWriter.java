package com.marketplace.aftersales.caseview.projection;

import static com.marketplace.aftersales.caseview.projection.CaseRows.nullable;

import com.marketplace.aftersales.caseview.timeline.TimelineEntry;
import com.marketplace.aftersales.caseview.timeline.TimelineReader;
import com.marketplace.aftersales.caseview.timeline.TimelineSignal;
import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Appends an event's line to its case's timeline, once per event id. */
@Component
class TimelineWriter {

    private final DatabaseClient db;

    TimelineWriter(DatabaseClient db) {
        this.db = db;
    }

    /**
     * Stores the entry and announces it to every instance ({@link TimelineSignal}): PostgreSQL delivers the
     * notification when, and only if, this transaction commits.
     *
     * @return the stored entry, or empty if this event already has one. The inbox normally stops a redelivery before
     *         it gets here; the unique event id keeps the timeline right even for a replay that bypasses it.
     */
    Mono<TimelineEntry> append(EventEnvelope<? extends CaseEvent> envelope) {
        CaseEvent event = envelope.data();
        Actor actor = event.actor();
        DatabaseClient.GenericExecuteSpec insert = db.sql("""
                        insert into timeline_entry
                            (case_id, event_id, at, type, actor_id, actor_role, actor_channel, summary, audience)
                        values (:caseId, :eventId, :at, :type, :actorId, :actorRole, :actorChannel, :summary, :audience)
                        on conflict (event_id) do nothing
                        returning *""")
                .bind("caseId", event.caseId())
                .bind("eventId", envelope.id())
                .bind("at", envelope.time())
                .bind("type", event.getClass().getSimpleName())
                .bind("summary", TimelineText.summary(event))
                .bind("audience", TimelineText.audience(event).name());
        insert = nullable(insert, "actorId", actor == null ? null : actor.id(), String.class);
        insert = nullable(insert, "actorRole", actor == null ? null : actor.role().name(), String.class);
        insert = nullable(insert, "actorChannel", actor == null ? null : actor.channel().name(), String.class);
        return insert.map(TimelineReader::entry)
                .one()
                .flatMap(entry -> db.sql("select pg_notify(:channel, :payload)")
                        .bind("channel", TimelineSignal.CHANNEL)
                        .bind("payload", new TimelineSignal(entry.caseId(), entry.id()).payload())
                        .then()
                        .thenReturn(entry));
    }
}
