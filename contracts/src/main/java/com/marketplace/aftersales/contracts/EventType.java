package com.marketplace.aftersales.contracts;

import com.marketplace.aftersales.contracts.event.CaseEvent;

/**
 * An event type as it appears on the wire: the CloudEvents {@code type} attribute
 * ({@code aftersales.<stage>.<EventName>}), the Java record that carries its data, and the one topic it travels on.
 */
public record EventType(String name, Class<? extends CaseEvent> javaType, TopicSpec topic) {
}
