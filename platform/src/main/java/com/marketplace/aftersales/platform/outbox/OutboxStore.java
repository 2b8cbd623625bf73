package com.marketplace.aftersales.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;

/** The relay's and housekeeping's SQL over {@code outbox_event}. Blocking calls: used from their own threads only. */
class OutboxStore {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final DatabaseClient db;

    OutboxStore(DatabaseClient db) {
        this.db = db;
    }

    List<OutboxRow> fetchUnsent(int limit) {
        return db.sql("""
                        select id, event_id, topic, message_key, event_type, payload, traceparent, created_at, attempts
                        from outbox_event
                        where published_at is null and parked_at is null
                        order by id
                        limit :limit""")
                .bind("limit", limit)
                .map((row, meta) -> new OutboxRow(
                        row.get("id", Long.class),
                        row.get("event_id", UUID.class),
                        row.get("topic", String.class),
                        row.get("message_key", String.class),
                        row.get("event_type", String.class),
                        row.get("payload", String.class),
                        row.get("traceparent", String.class),
                        row.get("created_at", Instant.class),
                        row.get("attempts", Integer.class)))
                .all()
                .collectList()
                .block(TIMEOUT);
    }

    void markPublished(List<Long> ids, Instant at) {
        if (ids.isEmpty()) {
            return;
        }
        db.sql("update outbox_event set published_at = :at where id = any(:ids)")
                .bind("at", at)
                .bind("ids", ids.toArray(Long[]::new))
                .then()
                .block(TIMEOUT);
    }

    void recordFailure(long id, String error, boolean park, Instant at) {
        var spec = db.sql("""
                        update outbox_event
                        set attempts = attempts + 1, last_error = :error, parked_at = :parkedAt
                        where id = :id""")
                .bind("id", id)
                .bind("error", error);
        spec = park ? spec.bind("parkedAt", at) : spec.bindNull("parkedAt", Instant.class);
        spec.then().block(TIMEOUT);
    }

    long countParked() {
        return db.sql("select count(*) as parked from outbox_event where parked_at is not null")
                .map((row, meta) -> row.get("parked", Long.class))
                .one()
                .blockOptional(TIMEOUT)
                .orElse(0L);
    }

    long deletePublishedBefore(Instant cutoff) {
        return db.sql("delete from outbox_event where published_at < :cutoff")
                .bind("cutoff", cutoff)
                .fetch()
                .rowsUpdated()
                .blockOptional(TIMEOUT)
                .orElse(0L);
    }
}
