package com.marketplace.aftersales.contracts.sla;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.time.Instant;
import java.util.UUID;

/** The warning threshold (default 80 % of the limit) passed; the handler is told. */
public record SlaWarning(
        UUID caseId, SlaPolicy policy, int sequence, Instant dueAt, ActorRole notifyRole, Actor actor)
        implements CaseEvent {
}
