package com.marketplace.aftersales.diagnosis.remedy;

/**
 * An amount a rule does not allow: above the compensation cap, above what was paid for the line, in another currency.
 * Names the request field it came from, so the API can answer {@code 422} with that field.
 */
public final class AmountRefused extends RuntimeException {

    private final String field;

    public AmountRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
