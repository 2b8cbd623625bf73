package com.marketplace.aftersales.caseview.projection;

import static com.marketplace.aftersales.caseview.projection.CaseRows.nullable;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.sla.SlaBreached;
import com.marketplace.aftersales.contracts.sla.SlaClockPaused;
import com.marketplace.aftersales.contracts.sla.SlaClockResumed;
import com.marketplace.aftersales.contracts.sla.SlaClockStarted;
import com.marketplace.aftersales.contracts.sla.SlaClockStopped;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.contracts.sla.SlaWarning;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The sla-monitor's clocks of each case ({@code sla_clock}) and the escalations of missed deadlines
 * ({@code escalation}), kept from its events. A clock event for a clock not seen yet creates it, and a stopped clock
 * stays stopped: a replayed or late event never reopens it.
 */
@Component
class SlaClocks {

    private final DatabaseClient db;

    SlaClocks(DatabaseClient db) {
        this.db = db;
    }

    static boolean isClockEvent(CaseEvent event) {
        return event instanceof SlaClockStarted || event instanceof SlaClockPaused || event instanceof SlaClockResumed
                || event instanceof SlaClockStopped || event instanceof SlaWarning || event instanceof SlaBreached;
    }

    Mono<Void> apply(CaseEvent event, Instant at) {
        if (event instanceof SlaClockStarted e) {
            return started(e);
        }
        if (event instanceof SlaClockPaused e) {
            return change(e.caseId(), e.policy(), e.sequence(), "PAUSED", null, null, "state = 'PAUSED'");
        }
        if (event instanceof SlaClockResumed e) {
            return change(e.caseId(), e.policy(), e.sequence(), "RUNNING", e.dueAt(), e.warnAt(),
                    "state = 'RUNNING', due_at = excluded.due_at, warn_at = excluded.warn_at");
        }
        if (event instanceof SlaClockStopped e) {
            return stopped(e, at);
        }
        if (event instanceof SlaWarning e) {
            return change(e.caseId(), e.policy(), e.sequence(), "RUNNING", e.dueAt(), null, null)
                    .then(warned(e, at));
        }
        if (event instanceof SlaBreached e) {
            return change(e.caseId(), e.policy(), e.sequence(), "RUNNING", e.dueAt(), null, null)
                    .then(breached(e))
                    .then(escalate(e, at));
        }
        return Mono.empty();
    }

    /**
     * The due time of the most recently started clock of the case that is running; empty when none is. A paused
     * clock waits on the customer and has no due time to show.
     */
    Mono<Optional<Instant>> expectedCompletion(UUID caseId) {
        return db.sql("""
                        select due_at from sla_clock
                        where case_id = :caseId and state = 'RUNNING' and due_at is not null
                        order by started_at desc nulls last, arrival desc
                        limit 1""")
                .bind("caseId", caseId)
                .map(row -> Optional.ofNullable(row.get("due_at", Instant.class)))
                .one()
                .defaultIfEmpty(Optional.empty());
    }

    private Mono<Void> started(SlaClockStarted e) {
        DatabaseClient.GenericExecuteSpec insert = db.sql("""
                        insert into sla_clock (case_id, policy, sequence, state, started_at, due_at, warn_at)
                        values (:caseId, :policy, :sequence, 'RUNNING', :startedAt, :dueAt, :warnAt)
                        on conflict (case_id, policy, sequence) do update set
                            started_at = excluded.started_at, due_at = excluded.due_at, warn_at = excluded.warn_at""")
                .bind("caseId", e.caseId())
                .bind("policy", policy(e.policy()))
                .bind("sequence", e.sequence());
        insert = nullable(insert, "startedAt", e.startedAt(), Instant.class);
        insert = nullable(insert, "dueAt", e.dueAt(), Instant.class);
        insert = nullable(insert, "warnAt", e.warnAt(), Instant.class);
        return insert.then();
    }

    private Mono<Void> stopped(SlaClockStopped e, Instant at) {
        DatabaseClient.GenericExecuteSpec upsert = db.sql("""
                        insert into sla_clock (case_id, policy, sequence, state, stopped_at, outcome)
                        values (:caseId, :policy, :sequence, 'STOPPED', :stoppedAt, :outcome)
                        on conflict (case_id, policy, sequence) do update set
                            state = 'STOPPED', stopped_at = excluded.stopped_at, outcome = excluded.outcome""")
                .bind("caseId", e.caseId())
                .bind("policy", policy(e.policy()))
                .bind("sequence", e.sequence())
                .bind("stoppedAt", e.stoppedAt() == null ? at : e.stoppedAt());
        upsert = nullable(upsert, "outcome", e.outcome() == null ? null : e.outcome().name(), String.class);
        return upsert.then();
    }

    /**
     * Creates the clock if its start was never seen; otherwise applies {@code change} (a fixed SQL fragment, never
     * text from the event) unless the clock has stopped, or nothing when {@code change} is null.
     */
    private Mono<Void> change(UUID caseId, SlaPolicy policy, int sequence, String initialState, Instant dueAt,
                              Instant warnAt, String change) {
        DatabaseClient.GenericExecuteSpec upsert = db.sql("""
                        insert into sla_clock (case_id, policy, sequence, state, due_at, warn_at)
                        values (:caseId, :policy, :sequence, :state, :dueAt, :warnAt)
                        on conflict (case_id, policy, sequence) do\s"""
                        + (change == null ? "nothing" : "update set " + change + " where sla_clock.state <> 'STOPPED'"))
                .bind("caseId", caseId)
                .bind("policy", policy(policy))
                .bind("sequence", sequence)
                .bind("state", initialState);
        upsert = nullable(upsert, "dueAt", dueAt, Instant.class);
        upsert = nullable(upsert, "warnAt", warnAt, Instant.class);
        return upsert.then();
    }

    private Mono<Void> warned(SlaWarning e, Instant at) {
        return db.sql("""
                        update sla_clock set warned_at = coalesce(warned_at, :at)
                        where case_id = :caseId and policy = :policy and sequence = :sequence""")
                .bind("at", at)
                .bind("caseId", e.caseId())
                .bind("policy", policy(e.policy()))
                .bind("sequence", e.sequence())
                .then();
    }

    /** Recorded even on a stopped clock: a deadline that was missed stays missed. */
    private Mono<Void> breached(SlaBreached e) {
        return db.sql("""
                        update sla_clock set breach_level = greatest(breach_level, :level)
                        where case_id = :caseId and policy = :policy and sequence = :sequence""")
                .bind("level", e.level())
                .bind("caseId", e.caseId())
                .bind("policy", policy(e.policy()))
                .bind("sequence", e.sequence())
                .then();
    }

    private Mono<Void> escalate(SlaBreached e, Instant at) {
        DatabaseClient.GenericExecuteSpec insert = db.sql("""
                        insert into escalation
                            (escalation_id, case_id, policy, sequence, level, escalate_to, due_at, raised_at)
                        values (:id, :caseId, :policy, :sequence, :level, :escalateTo, :dueAt, :raisedAt)
                        on conflict do nothing""")
                .bind("id", escalationId(e))
                .bind("caseId", e.caseId())
                .bind("policy", policy(e.policy()))
                .bind("sequence", e.sequence())
                .bind("level", e.level())
                .bind("raisedAt", at);
        insert = nullable(insert, "escalateTo", e.escalateTo() == null ? null : e.escalateTo().name(), String.class);
        insert = nullable(insert, "dueAt", e.dueAt(), Instant.class);
        return insert.then();
    }

    /** One escalation per breach level of a clock, however often the breach is reported. */
    static UUID escalationId(SlaBreached e) {
        return UUID.nameUUIDFromBytes(("escalation:" + e.caseId() + ":" + policy(e.policy()) + ":" + e.sequence()
                + ":" + e.level()).getBytes(StandardCharsets.UTF_8));
    }

    private static String policy(SlaPolicy policy) {
        return policy == null ? SlaPolicy.UNKNOWN.id() : policy.id();
    }
}
