package com.marketplace.aftersales.contracts.sla;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** The clock waits on the customer; {@code remaining} is what is left of the limit when it resumes. */
public record SlaClockPaused(
        UUID caseId, SlaPolicy policy, int sequence, Instant pausedAt, Duration remaining, Actor actor)
        implements CaseEvent {
}
