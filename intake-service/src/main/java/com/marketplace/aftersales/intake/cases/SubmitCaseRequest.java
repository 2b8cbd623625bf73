package com.marketplace.aftersales.intake.cases;

import com.marketplace.aftersales.contracts.event.Channel;
import com.marketplace.aftersales.contracts.event.ServiceType;
import com.marketplace.aftersales.intake.web.AllowedValues;
import com.marketplace.aftersales.intake.web.TextRules;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/cases}: what the customer asks for. */
@Schema(name = "SubmitCaseRequest", description = "An after-sales request for one line of one of the caller's orders")
record SubmitCaseRequest(
        @Schema(description = "The order, as the orders team identifies it", example = "order-20260112-0001",
                maxLength = TextRules.MAX_IDENTIFIER)
        @NotNull @Pattern(regexp = TextRules.IDENTIFIER, message = TextRules.IDENTIFIER_MESSAGE)
        String orderId,
        @Schema(description = "The order line the request is about", example = "order-20260112-0001-1",
                maxLength = TextRules.MAX_IDENTIFIER)
        @NotNull @Pattern(regexp = TextRules.IDENTIFIER, message = TextRules.IDENTIFIER_MESSAGE)
        String orderLineId,
        @Schema(description = "What the customer asks for", example = "RETURN_REFUND")
        @NotNull @AllowedValues({"RETURN_REFUND", "REFUND_ONLY", "EXCHANGE", "REPAIR", "COMPENSATION"})
        ServiceType serviceType,
        @Schema(description = "What is wrong, in the customer's words (no control characters but tab and line"
                + " breaks)", example = "The left earbud makes no sound.")
        @NotBlank @Size(min = 1, max = TextRules.MAX_TEXT)
        @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE)
        String description,
        @Schema(description = "The amount the customer asks back, if any: in the order's currency, at most what was"
                + " paid for the line")
        @Valid
        MoneyInput requestedAmount,
        /* The customer's entry points (domain §1); staff and system channels are not theirs to claim. */
        @Schema(description = "Where in the app the request was started (default SERVICE_ENTRY)",
                example = "ORDER_DETAIL")
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
    @Schema(name = "Money", description = "An amount of money: a decimal string (never a JSON number) and its currency")
    record MoneyInput(
            @Schema(description = "Positive, at most two decimals", example = "129.00", maxLength = 13)
            @NotNull @Pattern(regexp = "^(0|[1-9][0-9]{0,9})(\\.[0-9]{1,2})?$",
                    message = "must be a positive decimal string with at most 2 decimals, like \"129.00\"")
            String amount,
            @Schema(description = "ISO-4217 currency code", example = "CNY")
            @NotNull @Pattern(regexp = "^[A-Z]{3}$", message = "must be a three-letter ISO-4217 code, like \"CNY\"")
            String currency) {
    }
}
