package com.marketplace.aftersales.simulators.payment;

import com.marketplace.aftersales.simulators.http.BadRequestException;
import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /refunds}, validated. Idempotency keys are limited to URL-safe characters so that every
 * key can also be read back with {@code GET /refunds/{idempotencyKey}}.
 */
record RefundRequest(String idempotencyKey, String orderId, BigDecimal amount, String currency, RefundRoute route) {

    private static final Set<String> FIELDS = Set.of("idempotencyKey", "orderId", "amount", "currency", "route");
    static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:@~-]{1,128}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    static RefundRequest parse(JsonNode body) {
        for (String field : body.propertyNames()) {
            if (!FIELDS.contains(field)) {
                throw new BadRequestException("Unknown field '" + field + "'; a refund has " + FIELDS);
            }
        }
        String key = text(body, "idempotencyKey");
        if (!KEY.matcher(key).matches()) {
            throw new BadRequestException("idempotencyKey must be 1-128 characters of A-Z a-z 0-9 . _ : @ ~ -");
        }
        String orderId = text(body, "orderId");
        if (orderId.length() > 100) {
            throw new BadRequestException("orderId is longer than 100 characters");
        }
        return new RefundRequest(key, orderId, amount(text(body, "amount")), currency(text(body, "currency")),
                route(text(body, "route")));
    }

    /** The same payment instruction: what may be repeated under one idempotency key. */
    boolean sameInstructionAs(Refund refund) {
        return orderId.equals(refund.orderId()) && amount.compareTo(refund.amount()) == 0
                && currency.equals(refund.currency()) && route == refund.route();
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            throw new BadRequestException(field + " is required");
        }
        if (!node.isString() || node.asString().isBlank()) {
            throw new BadRequestException(field + " must be a non-empty string");
        }
        return node.asString().trim();
    }

    private static BigDecimal amount(String text) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new BadRequestException("amount must be a decimal string such as \"129.00\", was \"" + text + "\"");
        }
        if (amount.signum() <= 0) {
            throw new BadRequestException("amount must be positive, was " + text);
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new BadRequestException("amount has more than two decimals: " + text);
        }
        return amount.setScale(2);
    }

    private static String currency(String text) {
        if (!CURRENCY.matcher(text).matches()) {
            throw new BadRequestException("currency must be an ISO 4217 code such as CNY, was \"" + text + "\"");
        }
        return text;
    }

    private static RefundRoute route(String text) {
        try {
            return RefundRoute.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("route must be one of ORIGINAL, BALANCE, COUPON, was \"" + text + "\"");
        }
    }
}
