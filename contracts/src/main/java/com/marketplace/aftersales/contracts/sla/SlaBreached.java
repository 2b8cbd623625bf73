package com.marketplace.aftersales.contracts.sla;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.time.Instant;
import java.util.UUID;

/** The deadline passed. Level 1 at the deadline, level 2 after another full limit, each to the next role up. */
public record SlaBreached(
        UUID caseId, SlaPolicy policy, int sequence, int level, Instant dueAt, ActorRole escalateTo, Actor actor)
        implements CaseEvent {
}
