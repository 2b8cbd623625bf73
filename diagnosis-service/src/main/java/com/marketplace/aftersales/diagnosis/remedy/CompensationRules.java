package com.marketplace.aftersales.diagnosis.remedy;

import com.marketplace.aftersales.contracts.event.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How much money a case may pay out besides a refund, and who may approve it (domain §2 "Compensation").
 * <ul>
 *   <li>Compensation is at most {@code capRatio} of what was paid for the order line, rounded down to the cent so the
 *       cap itself never exceeds the ratio.</li>
 *   <li>An agent approves up to {@code agentLimit}; above it (or in a currency the limit is not set in) only a
 *       supervisor can.</li>
 *   <li>An advance payout (先行赔付) replaces a refund the merchant refused, so it is bounded by the line paid, not by
 *       the compensation cap; its approval follows the same agent limit.</li>
 * </ul>
 */
public final class CompensationRules {

    private final CompensationSettings settings;

    public CompensationRules(CompensationSettings settings) {
        this.settings = settings;
    }

    public Money cap(Money linePaid) {
        return new Money(linePaid.amount().multiply(settings.capRatio()).setScale(2, RoundingMode.DOWN),
                linePaid.currency());
    }

    /**
     * @param field the request field the amount came from ({@code compensation}); errors name {@code field.amount}
     *              or {@code field.currency}
     * @throws AmountRefused if the amount is not positive, not in the line's currency or above the cap
     */
    public Money checkCompensation(String field, Money amount, Money linePaid) {
        requireUsable(field, amount, linePaid);
        Money cap = cap(linePaid);
        if (amount.isGreaterThan(cap)) {
            throw new AmountRefused(field + ".amount", "must not exceed " + percent() + " % of what was paid for the"
                    + " order line: at most " + cap.amount().toPlainString() + " " + cap.currency());
        }
        return amount;
    }

    /** @throws AmountRefused if the amount is not positive, not in the line's currency or above the line paid */
    public static Money checkWithinLinePaid(String field, Money amount, Money linePaid) {
        requireUsable(field, amount, linePaid);
        if (amount.isGreaterThan(linePaid)) {
            throw new AmountRefused(field + ".amount", "must not exceed what was paid for the order line: "
                    + linePaid.amount().toPlainString() + " " + linePaid.currency());
        }
        return amount;
    }

    /** Whether an agent may approve this amount on their own. */
    public boolean agentMayApprove(Money amount) {
        return settings.agentLimit().covers(amount);
    }

    public Amount agentLimit() {
        return settings.agentLimit();
    }

    private String percent() {
        return settings.capRatio().movePointRight(2).stripTrailingZeros().toPlainString();
    }

    private static void requireUsable(String field, Money amount, Money linePaid) {
        if (!amount.currency().equals(linePaid.currency())) {
            throw new AmountRefused(field + ".currency", "must be the currency the order line was paid in, "
                    + linePaid.currency());
        }
        if (amount.amount().compareTo(BigDecimal.ZERO) <= 0) {
            throw new AmountRefused(field + ".amount", "must be positive");
        }
    }
}
