package com.marketplace.aftersales.platform.outbox;

import java.time.Instant;
import java.util.UUID;

/** One unsent row, as the relay reads it. */
record OutboxRow(long id, UUID eventId, String topic, String key, String eventType, String payload,
                 String traceparent, Instant createdAt, int attempts) {
}
