package com.marketplace.aftersales.platform.outbox;

import com.marketplace.aftersales.contracts.EventCodec;
import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.EventType;
import com.marketplace.aftersales.contracts.EventTypes;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.platform.ServiceIdentity;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Records events to publish, inside the caller's database transaction: the state change and its events commit
 * together or not at all. The relay publishes them after the commit. Call it only inside a transaction
 * ({@code TransactionalOperator} or {@code @Transactional}); without one it refuses, because an event written outside
 * the state change's transaction could be published for a change that rolled back.
 */
public class Outbox {

    static final String NOTIFY_CHANNEL = "aftersales_outbox";

    private final DatabaseClient db;
    private final ServiceIdentity identity;
    private final Clock clock;
    private final Supplier<String> traceparent;

    public Outbox(DatabaseClient db, ServiceIdentity identity, Clock clock, Supplier<String> traceparent) {
        this.db = db;
        this.identity = identity;
        this.clock = clock;
        this.traceparent = traceparent;
    }

    public Mono<Void> append(CaseEvent event) {
        return append(List.of(event));
    }

    /** Appends in the given order; events of one case reach Kafka in the order their transactions committed. */
    public Mono<Void> append(List<? extends CaseEvent> events) {
        if (events.isEmpty()) {
            return Mono.empty();
        }
        events.forEach(this::requireOwnTopic);
        return requireTransaction()
                .thenMany(Flux.fromIterable(events).concatMap(this::insert))
                .then(db.sql("select pg_notify('" + NOTIFY_CHANNEL + "', '')").then());
    }

    private Mono<Void> insert(CaseEvent event) {
        // Microsecond precision: the envelope's time must equal the stored created_at exactly.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        EventEnvelope<CaseEvent> envelope = EventEnvelope.of(event, identity.component(), UUID.randomUUID(), now);
        String key = event.caseId().toString();
        String trace = traceparent.get();
        // Serialises writers of one case from here to commit, so ids of a case's rows follow commit order even when
        // the service itself does not lock the case. The relay publishes in id order.
        Mono<Void> lockKey = db.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .bind("key", key)
                .then();
        DatabaseClient.GenericExecuteSpec insert = db.sql("""
                        insert into outbox_event (event_id, topic, message_key, event_type, payload, traceparent, created_at)
                        values (:eventId, :topic, :key, :type, :payload, :traceparent, :createdAt)""")
                .bind("eventId", UUID.fromString(envelope.id()))
                .bind("topic", envelope.topic().name())
                .bind("key", key)
                .bind("type", envelope.type())
                .bind("payload", EventCodec.encodeToString(envelope))
                .bind("createdAt", now);
        insert = trace == null ? insert.bindNull("traceparent", String.class) : insert.bind("traceparent", trace);
        return lockKey.then(insert.then());
    }

    private void requireOwnTopic(CaseEvent event) {
        EventType type = EventTypes.of(event);
        if (type.topic().writer() != identity.component()) {
            throw new IllegalArgumentException(identity.name() + " may not publish " + type.name() + ": "
                    + type.topic().name() + " has one writer, " + type.topic().writer().serviceName());
        }
    }

    private static Mono<Void> requireTransaction() {
        return TransactionSynchronizationManager.forCurrentTransaction()
                .onErrorMap(NoTransactionException.class, e -> new IllegalStateException(
                        "Outbox.append must run inside the transaction of the state change it describes", e))
                .flatMap(tx -> tx.isActualTransactionActive() ? Mono.<Void>empty() : Mono.error(new IllegalStateException(
                        "Outbox.append must run inside the transaction of the state change it describes")));
    }
}
