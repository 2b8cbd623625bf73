package com.marketplace.aftersales.contracts.sla;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.status.CaseStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * A deadline with an automatic consequence passed. The owning service applies {@code action} only if the case is
 * still in {@code expectedStatus}, and at most once per {@code actionId}.
 *
 * @param actionId deterministic: {@code caseId:policy:sequence:level}
 */
public record SlaDeadlineAction(
        UUID caseId,
        String actionId,
        DeadlineAction action,
        SlaPolicy policy,
        int sequence,
        CaseStatus expectedStatus,
        Instant dueAt,
        Actor actor) implements CaseEvent {

    public static String actionId(UUID caseId, SlaPolicy policy, int sequence, int level) {
        return caseId + ":" + policy.id() + ":" + sequence + ":" + level;
    }
}
