package com.marketplace.aftersales.caseview.timeline;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads a case's timeline as stored by the projection. */
@Component
public class TimelineReader {

    private final DatabaseClient db;

    TimelineReader(DatabaseClient db) {
        this.db = db;
    }

    /** The whole timeline in the order things happened (event time), ties in commit order. */
    public Flux<TimelineEntry> inOrderOfTime(UUID caseId, boolean staff) {
        return db.sql("select * from timeline_entry where case_id = :caseId"
                        + (staff ? "" : " and audience = 'PUBLIC'") + " order by at, id")
                .bind("caseId", caseId)
                .map(TimelineReader::entry)
                .all();
    }

    /** Entries committed after {@code afterId}, in commit order: what a stream resuming from that id has missed. */
    public Flux<TimelineEntry> after(UUID caseId, long afterId, boolean staff) {
        return db.sql("select * from timeline_entry where case_id = :caseId and id > :after"
                        + (staff ? "" : " and audience = 'PUBLIC'") + " order by id")
                .bind("caseId", caseId)
                .bind("after", afterId)
                .map(TimelineReader::entry)
                .all();
    }

    /** The id of the case's latest committed entry, 0 if it has none. */
    public Mono<Long> lastId(UUID caseId) {
        return db.sql("select coalesce(max(id), 0) as last from timeline_entry where case_id = :caseId")
                .bind("caseId", caseId)
                .map(row -> row.get("last", Long.class))
                .one();
    }

    /** Maps a {@code timeline_entry} row. */
    public static TimelineEntry entry(Readable row) {
        return new TimelineEntry(
                row.get("id", Long.class),
                row.get("case_id", UUID.class),
                row.get("event_id", String.class),
                row.get("at", Instant.class),
                row.get("type", String.class),
                new TimelineEntry.EntryActor(row.get("actor_id", String.class), row.get("actor_role", String.class),
                        row.get("actor_channel", String.class)),
                row.get("summary", String.class),
                TimelineEntry.Audience.valueOf(row.get("audience", String.class)));
    }
}
