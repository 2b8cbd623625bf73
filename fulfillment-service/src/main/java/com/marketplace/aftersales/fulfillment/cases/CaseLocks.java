package com.marketplace.aftersales.fulfillment.cases;

import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Serializes the handlers of one case's events that arrive on different topics (a withdrawal from intake, a remedy
 * from diagnosis), which Kafka does not order against each other. A transaction-scoped advisory lock on the case id:
 * released at commit or rollback, and the same key the outbox locks, so it is taken once per transaction.
 */
@Component
public class CaseLocks {

    private final DatabaseClient db;

    CaseLocks(DatabaseClient db) {
        this.db = db;
    }

    /** Waits until no other transaction holds the case, then holds it until this transaction ends. */
    public Mono<Void> lockForThisTransaction(UUID caseId) {
        return db.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .bind("key", caseId.toString())
                .then();
    }
}
