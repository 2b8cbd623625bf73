package com.marketplace.aftersales.diagnosis.remedy;

import com.marketplace.aftersales.contracts.event.Money;
import java.math.RoundingMode;

/**
 * A shared-responsibility (SPLIT) decision refunds part of what the customer asked for: the amount the agent names
 * (bounded by the line paid), or the configured share of the full refund, rounded down to the cent.
 */
public final class DisputeRules {

    private final DisputeSettings settings;

    public DisputeRules(DisputeSettings settings) {
        this.settings = settings;
    }

    /**
     * @param named the amount the agent named, or null for the configured share
     * @throws AmountRefused if the named amount is unusable, or the share of a tiny refund rounds to nothing
     */
    public Money splitRefund(String field, Money named, Money requested, Money linePaid) {
        if (named != null) {
            return CompensationRules.checkWithinLinePaid(field, named, linePaid);
        }
        Money full = RemedyRules.refundAmount(requested, linePaid);
        Money share = new Money(full.amount().multiply(settings.splitShare()).setScale(2, RoundingMode.DOWN),
                full.currency());
        if (share.amount().signum() <= 0) {
            throw new AmountRefused(field, "is required: the default share of " + full.amount().toPlainString() + " "
                    + full.currency() + " rounds to nothing");
        }
        return share;
    }
}
