package com.marketplace.aftersales.diagnosis.remedy;

import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.ServiceType;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which requests qualify for an instant refund by their amount alone: a refund (with or without return) whose amount
 * (what the customer asked for, else the line paid, as {@link RemedyRules#refundAmount}) is below the threshold. The
 * customer's history is the risk rules' part: an instant refund also needs a clean risk assessment.
 */
public final class InstantRefundRules {

    private static final Set<ServiceType> REFUNDS = EnumSet.of(ServiceType.REFUND_ONLY, ServiceType.RETURN_REFUND);

    private final InstantRefundSettings settings;

    public InstantRefundRules(InstantRefundSettings settings) {
        this.settings = settings;
    }

    /** The amount that would be refunded at once, if the request qualifies by type and amount. */
    public Optional<Money> amountFor(ServiceType serviceType, Money requested, Money linePaid) {
        if (!settings.enabled() || !REFUNDS.contains(serviceType)) {
            return Optional.empty();
        }
        Money refund = RemedyRules.refundAmount(requested, linePaid);
        return settings.below().exceeds(refund) ? Optional.of(refund) : Optional.empty();
    }
}
