package com.marketplace.aftersales.contracts.sla;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.time.Instant;
import java.util.UUID;

/** The clock stopped: met in time, breached, or cancelled by a terminal event. Pending escalations are cancelled. */
public record SlaClockStopped(
        UUID caseId, SlaPolicy policy, int sequence, Instant stoppedAt, ClockOutcome outcome, Actor actor)
        implements CaseEvent {
}
