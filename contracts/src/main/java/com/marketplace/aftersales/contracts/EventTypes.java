package com.marketplace.aftersales.contracts;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Every event type of the catalogue, by wire name and by Java type. Built from {@link Topics}. */
public final class EventTypes {

    private static final Map<String, EventType> BY_NAME = new LinkedHashMap<>();
    private static final Map<Class<? extends CaseEvent>, EventType> BY_CLASS = new LinkedHashMap<>();

    static {
        for (TopicSpec topic : Topics.all()) {
            for (Class<? extends CaseEvent> javaType : topic.eventTypes()) {
                EventType type = new EventType(
                        "aftersales." + topic.stage() + "." + javaType.getSimpleName(), javaType, topic);
                if (BY_CLASS.put(javaType, type) != null) {
                    throw new IllegalStateException(javaType.getSimpleName() + " is declared on two topics");
                }
                BY_NAME.put(type.name(), type);
            }
        }
    }

    private EventTypes() {
    }

    public static Collection<EventType> all() {
        return BY_NAME.values();
    }

    public static Optional<EventType> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static EventType of(Class<? extends CaseEvent> javaType) {
        EventType type = BY_CLASS.get(javaType);
        if (type == null) {
            throw new IllegalArgumentException(javaType.getName() + " is not an event type of the catalogue");
        }
        return type;
    }

    public static EventType of(CaseEvent event) {
        return of(event.getClass());
    }
}
