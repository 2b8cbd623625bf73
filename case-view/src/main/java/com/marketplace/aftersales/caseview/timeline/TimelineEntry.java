package com.marketplace.aftersales.caseview.timeline;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a case's history: what happened ({@code type}, {@code summary}), when ({@code at}, the event's time),
 * who did it through which channel. {@code id} orders the entries of a case in commit order and is the SSE event id.
 */
public record TimelineEntry(long id, UUID caseId, String eventId, Instant at, String type, EntryActor actor,
                            String summary, Audience audience) {

    /** Who acted; fields are null when the event named no actor (a tolerant reader keeps such events). */
    public record EntryActor(String id, String role, String channel) {
    }

    /** Who may read an entry: everyone who may see the case, or staff only. */
    public enum Audience {
        PUBLIC,
        STAFF;

        public boolean visibleTo(boolean staff) {
            return this == PUBLIC || staff;
        }
    }
}
