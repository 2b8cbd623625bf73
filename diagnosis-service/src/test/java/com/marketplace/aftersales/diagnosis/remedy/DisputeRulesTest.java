package com.marketplace.aftersales.diagnosis.remedy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.aftersales.contracts.event.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DisputeRulesTest {

    private static final Money PAID = Money.of("129.00", "CNY");

    private final DisputeRules defaults = new DisputeRules(DisputeSettings.defaults());

    @Test
    void aNamedAmountIsRefundedWithinTheLinePaid() {
        assertThat(defaults.splitRefund("refundAmount", Money.of("129.00", "CNY"), null, PAID)).isEqualTo(PAID);
        assertThatThrownBy(() -> defaults.splitRefund("refundAmount", Money.of("129.01", "CNY"), null, PAID))
                .isInstanceOfSatisfying(AmountRefused.class,
                        refused -> assertThat(refused.field()).isEqualTo("refundAmount.amount"));
    }

    @Test
    void withoutANamedAmountHalfOfTheRefundAskedForRoundedDown() {
        assertThat(defaults.splitRefund("refundAmount", null, Money.of("99.99", "CNY"), PAID))
                .isEqualTo(Money.of("49.99", "CNY"));
        assertThat(defaults.splitRefund("refundAmount", null, null, PAID)).isEqualTo(Money.of("64.50", "CNY"));
    }

    @Test
    void aShareThatRoundsToNothingNeedsANamedAmount() {
        assertThatThrownBy(() -> defaults.splitRefund("refundAmount", null, null, Money.of("0.01", "CNY")))
                .isInstanceOfSatisfying(AmountRefused.class,
                        refused -> assertThat(refused.field()).isEqualTo("refundAmount"));
    }

    @Test
    void theShareIsConfiguration() {
        DisputeRules rules = new DisputeRules(new DisputeSettings(new BigDecimal("0.30")));

        assertThat(rules.splitRefund("refundAmount", null, null, PAID)).isEqualTo(Money.of("38.70", "CNY"));
    }
}
