package com.marketplace.aftersales.contracts.sla;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.time.Instant;
import java.util.UUID;

public record SlaClockResumed(
        UUID caseId, SlaPolicy policy, int sequence, Instant resumedAt, Instant dueAt, Instant warnAt, Actor actor)
        implements CaseEvent {
}
