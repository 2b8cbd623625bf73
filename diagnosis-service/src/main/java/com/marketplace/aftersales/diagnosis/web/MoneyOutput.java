package com.marketplace.aftersales.diagnosis.web;

import com.marketplace.aftersales.contracts.event.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.RoundingMode;

/** Money in an API answer: a decimal string with two decimals and the currency. */
@Schema(description = "An amount of money", example = "{\"amount\": \"15.00\", \"currency\": \"CNY\"}")
public record MoneyOutput(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "15.00") String amount,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "CNY") String currency) {

    public static MoneyOutput of(Money money) {
        return money == null ? null
                : new MoneyOutput(money.amount().setScale(2, RoundingMode.HALF_UP).toPlainString(),
                        money.currency());
    }
}
