package com.marketplace.aftersales.diagnosis.web;

import com.marketplace.aftersales.contracts.event.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/**
 * Money as the API reads it: a decimal string with at most two decimals (never a JSON number, which could lose a cent)
 * and a currency of three capital letters. Positive: a zero or negative payout means nothing.
 */
@Schema(description = "An amount of money: a positive decimal string with at most two decimals, and an ISO 4217"
        + " currency", example = "{\"amount\": \"15.00\", \"currency\": \"CNY\"}")
public record MoneyInput(
        @NotNull @Pattern(regexp = "^(?!0+(\\.0{1,2})?$)\\d{1,10}(\\.\\d{1,2})?$",
                message = "must be a positive decimal string with at most two decimals, e.g. \"15.00\"")
        @Schema(example = "15.00", pattern = "^(?!0+(\\.0{1,2})?$)\\d{1,10}(\\.\\d{1,2})?$")
        String amount,
        @NotNull @Pattern(regexp = "^[A-Z]{3}$", message = "must be a currency code of three capital letters")
        @Schema(example = "CNY", pattern = "^[A-Z]{3}$")
        String currency) {

    public Money toMoney() {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money toMoney(MoneyInput input) {
        return input == null ? null : input.toMoney();
    }
}
