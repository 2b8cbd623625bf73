package com.marketplace.aftersales.caseview.api;

import com.marketplace.aftersales.caseview.api.Responses.EscalationAcknowledged;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Acknowledging an escalation takes it off the escalated queue. The first acknowledgement is kept: acknowledging again
 * changes nothing and answers with who acknowledged it and when.
 */
@Component
class EscalationAcks {

    private final DatabaseClient db;
    private final Clock clock;

    EscalationAcks(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** @return the acknowledged escalation, or empty if there is no such escalation */
    Mono<EscalationAcknowledged> acknowledge(UUID escalationId, String by) {
        Instant now = clock.instant();
        return db.sql("""
                        update escalation set acknowledged_at = :now, acknowledged_by = :by
                        where escalation_id = :id and acknowledged_at is null""")
                .bind("now", now)
                .bind("by", by)
                .bind("id", escalationId)
                .then()
                .then(db.sql("select * from escalation where escalation_id = :id")
                        .bind("id", escalationId)
                        .map(row -> new EscalationAcknowledged(
                                row.get("escalation_id", UUID.class),
                                row.get("case_id", UUID.class),
                                row.get("policy", String.class),
                                row.get("level", Integer.class),
                                row.get("acknowledged_at", Instant.class),
                                row.get("acknowledged_by", String.class)))
                        .one());
    }
}
