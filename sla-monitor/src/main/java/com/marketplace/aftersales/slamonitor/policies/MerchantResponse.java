package com.marketplace.aftersales.slamonitor.policies;

import com.marketplace.aftersales.contracts.diagnosis.MerchantResponded;
import com.marketplace.aftersales.contracts.diagnosis.MerchantVerificationRequested;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.sla.DeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.contracts.status.CaseStatus;
import java.time.Duration;
import java.util.Optional;

/** The merchant has 5 days to verify a claim; silence counts as acceptance [001 第四步]. */
final class MerchantResponse implements ClockPolicy {

    private static final DeadlineConsequence ACCEPT_ON_BEHALF =
            DeadlineConsequence.inStatus(DeadlineAction.AUTO_ACCEPT, CaseStatus.AWAITING_MERCHANT);

    @Override
    public SlaPolicy id() {
        return SlaPolicy.MERCHANT_RESPONSE;
    }

    @Override
    public Duration defaultLimit() {
        return Duration.ofDays(5);
    }

    @Override
    public boolean startsOn(CaseEvent event) {
        return event instanceof MerchantVerificationRequested;
    }

    @Override
    public boolean stopsOn(CaseEvent event) {
        return event instanceof MerchantResponded;
    }

    @Override
    public Optional<DeadlineConsequence> atDeadline() {
        return Optional.of(ACCEPT_ON_BEHALF);
    }
}
