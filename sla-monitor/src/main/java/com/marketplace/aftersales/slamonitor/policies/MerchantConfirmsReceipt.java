package com.marketplace.aftersales.slamonitor.policies;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.fulfillment.ReturnReceived;
import com.marketplace.aftersales.contracts.fulfillment.ReturnShipped;
import com.marketplace.aftersales.contracts.sla.DeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.contracts.status.CaseStatus;
import java.time.Duration;
import java.util.Optional;

/**
 * The merchant confirms receipt of a shipped return within 10 days; otherwise the customer is refunded without it
 * [001]: the customer has done their part and proved it with a waybill.
 */
final class MerchantConfirmsReceipt implements ClockPolicy {

    private static final DeadlineConsequence REFUND_WITHOUT_CONFIRMATION =
            DeadlineConsequence.inStatus(DeadlineAction.AUTO_REFUND, CaseStatus.RETURN_IN_TRANSIT);

    @Override
    public SlaPolicy id() {
        return SlaPolicy.MERCHANT_CONFIRMS_RECEIPT;
    }

    @Override
    public Duration defaultLimit() {
        return Duration.ofDays(10);
    }

    @Override
    public boolean startsOn(CaseEvent event) {
        return event instanceof ReturnShipped;
    }

    @Override
    public boolean stopsOn(CaseEvent event) {
        return event instanceof ReturnReceived;
    }

    @Override
    public Optional<DeadlineConsequence> atDeadline() {
        return Optional.of(REFUND_WITHOUT_CONFIRMATION);
    }
}
