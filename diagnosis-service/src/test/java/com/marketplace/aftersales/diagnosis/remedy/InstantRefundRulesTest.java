package com.marketplace.aftersales.diagnosis.remedy;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.ServiceType;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class InstantRefundRulesTest {

    private static final Money PAID = Money.of("129.00", "CNY");

    private final InstantRefundRules defaults = new InstantRefundRules(InstantRefundSettings.defaults());

    @ParameterizedTest(name = "{0} CNY qualifies: {1}")
    @CsvSource({"0.01, true", "49.99, true", "50.00, false", "50.01, false"})
    void refundsStrictlyBelowFiftyYuanQualify(String requested, boolean qualifies) {
        assertThat(defaults.amountFor(ServiceType.REFUND_ONLY, Money.of(requested, "CNY"), PAID))
                .isEqualTo(qualifies ? Optional.of(Money.of(requested, "CNY")) : Optional.empty());
    }

    @Test
    void withoutARequestedAmountTheLinePaidDecides() {
        assertThat(defaults.amountFor(ServiceType.REFUND_ONLY, null, PAID)).isEmpty();
        assertThat(defaults.amountFor(ServiceType.RETURN_REFUND, null, Money.of("19.90", "CNY")))
                .contains(Money.of("19.90", "CNY"));
    }

    @ParameterizedTest
    @EnumSource(value = ServiceType.class, names = {"EXCHANGE", "REPAIR", "COMPENSATION"})
    void onlyRefundsQualify(ServiceType serviceType) {
        assertThat(defaults.amountFor(serviceType, Money.of("10.00", "CNY"), PAID)).isEmpty();
    }

    @Test
    void aLineInAnotherCurrencyNeverQualifies() {
        assertThat(defaults.amountFor(ServiceType.REFUND_ONLY, null, Money.of("5.00", "USD"))).isEmpty();
    }

    @Test
    void theThresholdAndTheSwitchAreConfiguration() {
        assertThat(new InstantRefundRules(new InstantRefundSettings(true, Amount.of("100.00")))
                .amountFor(ServiceType.REFUND_ONLY, Money.of("99.00", "CNY"), PAID)).isPresent();
        assertThat(new InstantRefundRules(new InstantRefundSettings(false, null))
                .amountFor(ServiceType.REFUND_ONLY, Money.of("1.00", "CNY"), PAID)).isEmpty();
    }
}
