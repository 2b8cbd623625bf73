package com.marketplace.aftersales.diagnosis.remedy;

import com.marketplace.aftersales.contracts.event.Money;
import java.math.BigDecimal;

/**
 * A configured amount ({@code …amount}, {@code …currency}). The currency defaults to the marketplace's, CNY. An amount
 * in another currency than a case's line is never compared with it: a limit in CNY says nothing about a USD order.
 */
public record Amount(BigDecimal amount, String currency) {

    public static final String DEFAULT_CURRENCY = "CNY";

    public Amount {
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("a configured amount must be zero or more, was " + amount);
        }
        currency = currency == null || currency.isBlank() ? DEFAULT_CURRENCY : currency;
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("a configured currency must be 3 capital letters, was " + currency);
        }
    }

    public static Amount of(String amount) {
        return new Amount(new BigDecimal(amount), DEFAULT_CURRENCY);
    }

    public Money toMoney() {
        return new Money(amount, currency);
    }

    /** Whether {@code money} is in this amount's currency and strictly below it. */
    public boolean exceeds(Money money) {
        return money.currency().equals(currency) && money.amount().compareTo(amount) < 0;
    }

    /** Whether {@code money} is in this amount's currency and at most this amount. */
    public boolean covers(Money money) {
        return money.currency().equals(currency) && money.amount().compareTo(amount) <= 0;
    }
}
