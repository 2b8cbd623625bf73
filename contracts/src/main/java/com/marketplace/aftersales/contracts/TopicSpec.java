package com.marketplace.aftersales.contracts;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One topic of the catalogue: its name, partition count, its single writer, the event types it carries and the
 * topic configuration every environment applies. The replication factor belongs to the environment, not here.
 */
public record TopicSpec(
        String name,
        int partitions,
        Component writer,
        Kind kind,
        List<Class<? extends CaseEvent>> eventTypes,
        Map<String, String> config,
        String description) {

    public enum Kind {
        /** One stage of the case lifecycle; key = case id; co-partitioned with the other lifecycle topics. */
        LIFECYCLE,
        /** Owned by another team; the suite only reads it. */
        EXTERNAL,
        /** Records one service could not process, with the reason in headers; written by that service. */
        DEAD_LETTER
    }

    public TopicSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(writer, "writer");
        Objects.requireNonNull(kind, "kind");
        if (partitions < 1) {
            throw new IllegalArgumentException("A topic needs at least one partition: " + name);
        }
        eventTypes = List.copyOf(eventTypes);
        config = Map.copyOf(config);
    }

    /** The middle part of a lifecycle topic's name ({@code intake} for {@code aftersales.intake.v1}). */
    public String stage() {
        String[] parts = name.split("\\.");
        return parts.length >= 2 ? parts[1] : name;
    }
}
