package com.marketplace.aftersales.platform.testapp;

import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.diagnosis.HandlerAssigned;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.intake.CaseSubmitted;
import com.marketplace.aftersales.platform.consumer.CaseEventHandler;
import com.marketplace.aftersales.platform.outbox.Outbox;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Applies a submission: counts it, and publishes a {@code HandlerAssigned}. A description of {@code "fail"} makes it
 * fail while {@link #brokenForFailingCases} is set: a bug that a later fix (clearing the flag) repairs. A description
 * {@code "database away for <n>"} fails the first n attempts as an unreachable database would.
 */
@Component
public class SubmissionHandler implements CaseEventHandler<CaseSubmitted> {

    public final AtomicBoolean brokenForFailingCases = new AtomicBoolean(true);
    private final Map<UUID, Integer> outageAttempts = new ConcurrentHashMap<>();

    private final DatabaseClient db;
    private final Outbox outbox;

    SubmissionHandler(DatabaseClient db, Outbox outbox) {
        this.db = db;
        this.outbox = outbox;
    }

    @Override
    public Class<CaseSubmitted> eventType() {
        return CaseSubmitted.class;
    }

    @Override
    public Mono<Void> handle(EventEnvelope<CaseSubmitted> event) {
        CaseSubmitted submitted = event.data();
        if ("fail".equals(submitted.description()) && brokenForFailingCases.get()) {
            return Mono.error(new IllegalStateException("cannot handle case " + submitted.caseId()));
        }
        if (submitted.description().startsWith("database away for ")) {
            int outage = Integer.parseInt(submitted.description().substring("database away for ".length()));
            if (outageAttempts.merge(submitted.caseId(), 1, Integer::sum) <= outage) {
                return Mono.error(new TransientDataAccessResourceException("connection refused (simulated outage)"));
            }
        }
        return db.sql("""
                        insert into applied_submission (case_id, service_no, applied_count) values (:caseId, :serviceNo, 1)
                        on conflict (case_id) do update set applied_count = applied_submission.applied_count + 1""")
                .bind("caseId", submitted.caseId())
                .bind("serviceNo", submitted.serviceNo())
                .then()
                .then(outbox.append(new HandlerAssigned(submitted.caseId(), "agent-1", "Agent One",
                        Actor.system("diagnosis-service"))));
    }
}
