package com.marketplace.aftersales.slamonitor.clocks;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * An event the monitor publishes, with its envelope id and time. Ids are derived from the clock (case, policy,
 * sequence, what happened), so re-deriving the same fact from the same input yields the same id and consumers'
 * de-duplication by {@code ce_id} holds even across a rebuild of the monitor's state.
 */
public record Emitted(CaseEvent event, UUID id, Instant time) {
}
