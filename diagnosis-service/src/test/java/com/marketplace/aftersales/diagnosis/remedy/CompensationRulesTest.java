package com.marketplace.aftersales.diagnosis.remedy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.aftersales.contracts.event.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompensationRulesTest {

    private static final Money PAID = Money.of("129.00", "CNY");

    private final CompensationRules defaults = new CompensationRules(CompensationSettings.defaults());

    @ParameterizedTest(name = "30 % of {0} is at most {1}")
    @CsvSource({"129.00, 38.70", "33.33, 9.99", "0.01, 0.00", "1000.00, 300.00"})
    void theCapIsThirtyPercentOfTheLineRoundedDown(String paid, String cap) {
        assertThat(defaults.cap(Money.of(paid, "CNY"))).isEqualTo(Money.of(cap, "CNY"));
    }

    @Test
    void compensationUpToTheCapIsAllowed() {
        assertThat(defaults.checkCompensation("compensation", Money.of("38.70", "CNY"), PAID))
                .isEqualTo(Money.of("38.70", "CNY"));
    }

    @Test
    void compensationAboveTheCapIsRefusedNamingTheAmount() {
        assertThatThrownBy(() -> defaults.checkCompensation("compensation", Money.of("38.71", "CNY"), PAID))
                .isInstanceOfSatisfying(AmountRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo("compensation.amount");
                    assertThat(refused.getMessage()).isEqualTo("must not exceed 30 % of what was paid for the order"
                            + " line: at most 38.70 CNY");
                });
    }

    @Test
    void compensationInAnotherCurrencyOrNotPositiveIsRefused() {
        assertThatThrownBy(() -> defaults.checkCompensation("compensation", Money.of("5.00", "USD"), PAID))
                .isInstanceOfSatisfying(AmountRefused.class,
                        refused -> assertThat(refused.field()).isEqualTo("compensation.currency"));
        assertThatThrownBy(() -> defaults.checkCompensation("compensation", Money.of("0.00", "CNY"), PAID))
                .isInstanceOfSatisfying(AmountRefused.class,
                        refused -> assertThat(refused.field()).isEqualTo("compensation.amount"));
    }

    @ParameterizedTest(name = "an agent may approve {0} {1}: {2}")
    @CsvSource({"0.01, CNY, true", "20.00, CNY, true", "20.01, CNY, false", "5.00, USD, false"})
    void anAgentApprovesUpToTwentyYuan(String amount, String currency, boolean mayApprove) {
        assertThat(defaults.agentMayApprove(Money.of(amount, currency))).isEqualTo(mayApprove);
    }

    @Test
    void theCapAndTheAgentsLimitAreConfiguration() {
        CompensationRules rules = new CompensationRules(new CompensationSettings(new BigDecimal("0.50"),
                Amount.of("50.00")));

        assertThat(rules.cap(PAID)).isEqualTo(Money.of("64.50", "CNY"));
        assertThat(rules.agentMayApprove(Money.of("50.00", "CNY"))).isTrue();
    }

    @Test
    void anAmountWithinTheLinePaidIsBoundedByTheLineOnly() {
        assertThat(CompensationRules.checkWithinLinePaid("advancePayout", PAID, PAID)).isEqualTo(PAID);
        assertThatThrownBy(() -> CompensationRules.checkWithinLinePaid("advancePayout", Money.of("129.01", "CNY"),
                PAID)).isInstanceOfSatisfying(AmountRefused.class,
                refused -> assertThat(refused.field()).isEqualTo("advancePayout.amount"));
    }

    @Test
    void aCapRatioOutsideZeroToOneIsRefusedAtStart() {
        assertThatThrownBy(() -> new CompensationSettings(new BigDecimal("1.5"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cap-ratio");
    }
}
