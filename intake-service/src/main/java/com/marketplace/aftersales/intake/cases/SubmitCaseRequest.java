package com.marketplace.aftersales.intake.cases;

import com.marketplace.aftersales.contracts.event.Channel;
import com.marketplace.aftersales.contracts.event.ServiceType;
import com.marketplace.aftersales.intake.web.AllowedValues;
import com.marketplace.aftersales.intake.web.TextRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/cases}: what the customer asks for. */
record SubmitCaseRequest(
        @NotNull @Pattern(regexp = TextRules.IDENTIFIER, message = TextRules.IDENTIFIER_MESSAGE)
        String orderId,
        @NotNull @Pattern(regexp = TextRules.IDENTIFIER, message = TextRules.IDENTIFIER_MESSAGE)
        String orderLineId,
        @NotNull @AllowedValues({"RETURN_REFUND", "REFUND_ONLY", "EXCHANGE", "REPAIR", "COMPENSATION"})
        ServiceType serviceType,
        @NotBlank @Size(max = TextRules.MAX_TEXT)
        @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE)
        String description,
        @Valid
        MoneyInput requestedAmount,
        /* The customer's entry points (domain §1); staff and system channels are not theirs to claim. */
        @AllowedValues({"ORDER_DETAIL", "PERSONAL_CENTRE", "SERVICE_ENTRY"})
        Channel channel) {

    static final Channel DEFAULT_CHANNEL = Channel.SERVICE_ENTRY;

    Channel channelOrDefault() {
        return channel == null ? DEFAULT_CHANNEL : channel;
    }

    /**
     * Money as the API carries it: a decimal string, never a binary floating-point number, with at most two decimals
     * (the currency's minor unit for CNY and most others), and an ISO-4217 code.
     */
    record MoneyInput(
            @NotNull @Pattern(regexp = "(0|[1-9][0-9]{0,9})(\\.[0-9]{1,2})?",
                    message = "must be a positive decimal string with at most 2 decimals, like \"129.00\"")
            String amount,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be a three-letter ISO-4217 code, like \"CNY\"")
            String currency) {
    }
}
