package com.marketplace.aftersales.intake.web;

/**
 * Patterns for free text and identifiers in request bodies; kept in one place so every endpoint agrees. Anchored, so
 * the OpenAPI document (where a pattern alone would only have to match somewhere in the value) says exactly what
 * Bean Validation checks.
 */
public final class TextRules {

    /**
     * Identifiers the orders team issues (order and line ids): letters, digits and {@code . _ : -}, at most 64.
     * Nothing that could smuggle markup, whitespace or path segments into logs, URLs or queries.
     */
    public static final String IDENTIFIER = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$";
    public static final String IDENTIFIER_MESSAGE = "must be 1 to 64 letters, digits or . _ : -";
    public static final int MAX_IDENTIFIER = 64;

    /** A reason code of the review catalogue ({@code EVIDENCE_UNCLEAR}, {@code OUT_OF_WARRANTY} …). */
    public static final String REASON_CODE = "^[A-Z][A-Z0-9_]{0,63}$";
    public static final String REASON_CODE_MESSAGE = "must be 1 to 64 upper-case letters, digits or _";

    /** Free text: any characters but control characters other than tab and line breaks. */
    public static final String TEXT = "^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$";
    public static final String TEXT_MESSAGE = "must not contain control characters";

    public static final int MAX_TEXT = 2000;
    /** A withdrawal's optional reason is short. */
    public static final int MAX_REASON = 500;

    private TextRules() {
    }
}
