package com.marketplace.aftersales.contracts.sla;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A deadline clock started for a case.
 *
 * @param sequence counts the clocks of this policy for this case (a policy can restart, e.g. review after more info)
 */
public record SlaClockStarted(
        UUID caseId, SlaPolicy policy, int sequence, Instant startedAt, Instant dueAt, Instant warnAt, Actor actor)
        implements CaseEvent {
}
