package com.marketplace.aftersales.platform.inbox;

import java.time.Instant;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * Remembers which events a consumer has applied. {@link #firstDelivery} runs inside the transaction of the state
 * change: if the transaction commits, the event counts as applied; if it rolls back, so does the record. A redelivery
 * (offsets reset, a relay resend after a crash) then finds the id and is skipped.
 */
public class Inbox {

    private final DatabaseClient db;

    public Inbox(DatabaseClient db) {
        this.db = db;
    }

    /** @return true if this is the first time {@code consumer} sees {@code eventId}; false for a redelivery */
    public Mono<Boolean> firstDelivery(String consumer, InboundEvent event) {
        return db.sql("""
                        insert into inbox_event (consumer, event_id, event_type, topic, partition, "offset")
                        values (:consumer, :eventId, :type, :topic, :partition, :offset)
                        on conflict (consumer, event_id) do nothing""")
                .bind("consumer", consumer)
                .bind("eventId", event.eventId())
                .bind("type", event.eventType())
                .bind("topic", event.topic())
                .bind("partition", event.partition())
                .bind("offset", event.offset())
                .fetch()
                .rowsUpdated()
                .map(rows -> rows > 0);
    }

    public Mono<Long> forgetAppliedBefore(Instant cutoff) {
        return db.sql("delete from inbox_event where applied_at < :cutoff")
                .bind("cutoff", cutoff)
                .fetch()
                .rowsUpdated();
    }

    /** Where an event came from, for the record. */
    public record InboundEvent(String eventId, String eventType, String topic, int partition, long offset) {
    }

}
