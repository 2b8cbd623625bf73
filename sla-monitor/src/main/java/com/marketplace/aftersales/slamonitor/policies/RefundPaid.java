package com.marketplace.aftersales.slamonitor.policies;

import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.fulfillment.RefundIssued;
import com.marketplace.aftersales.contracts.fulfillment.RefundRequested;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import java.time.Duration;
import java.util.List;

/**
 * A requested refund is paid within 24 hours. Finance hears of a breach first (it owns the payment routes), then the
 * operations manager. One clock per case: a refund that failed and is requested again on another route keeps the clock
 * of the first request running, because the customer has been waiting since then.
 */
final class RefundPaid implements ClockPolicy {

    @Override
    public SlaPolicy id() {
        return SlaPolicy.REFUND_PAID;
    }

    @Override
    public Duration defaultLimit() {
        return Duration.ofHours(24);
    }

    @Override
    public boolean startsOn(CaseEvent event) {
        return event instanceof RefundRequested;
    }

    @Override
    public boolean stopsOn(CaseEvent event) {
        return event instanceof RefundIssued;
    }

    @Override
    public List<ActorRole> defaultEscalation() {
        return List.of(ActorRole.FINANCE, ActorRole.OPS_MANAGER);
    }
}
