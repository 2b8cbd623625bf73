package com.marketplace.aftersales.diagnosis.cases;

import com.marketplace.aftersales.contracts.event.Actor;
import java.time.Clock;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Every decision a person made through diagnosis' API, in the transaction of its effect: who, in which role, when,
 * what and why. It is the only record of the decisions the contracts have no event for (a risk block, a refused
 * compensation), and the audit trail of the others.
 */
@Repository
public class DecisionLog {

    public enum Kind { OVERRIDE, COMPENSATION_APPROVAL, DISPUTE_DECISION, RISK_DECISION }

    private final DatabaseClient db;
    private final Clock clock;

    DecisionLog(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Mono<Void> record(UUID caseId, Kind kind, String decision, Actor actor, String note) {
        DatabaseClient.GenericExecuteSpec insert = db.sql("""
                        insert into staff_decision (case_id, kind, decision, actor_id, actor_role, note, decided_at)
                        values (:caseId, :kind, :decision, :actorId, :actorRole, :note, :decidedAt)""")
                .bind("caseId", caseId)
                .bind("kind", kind.name())
                .bind("decision", decision)
                .bind("actorId", actor.id())
                .bind("actorRole", actor.role().name())
                .bind("decidedAt", clock.instant());
        insert = note == null ? insert.bindNull("note", String.class) : insert.bind("note", note);
        return insert.then();
    }
}
