package com.marketplace.aftersales.feedback.cases;

/** Texts the customer endpoints' API documentation shares (annotation values must be constants). */
public final class CaseApiDocs {

    public static final String PROBLEM = "#/components/schemas/Problem";
    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String CASE_ID = "The case's id (a UUID; anything else is 400)";
    public static final String IDEMPOTENCY_KEY = "Optional, recommended: 1 to 255 visible ASCII characters, scoped to"
            + " the caller, kept 24 h. The same key with the same body returns the first answer (header"
            + " Idempotent-Replayed: true) without acting twice; with another body it is 422.";
    public static final String NOT_FOUND = "No such case, or not the caller's (the answer is the same, so it reveals"
            + " nothing)";
    public static final String TOO_LARGE = "The body is larger than the configured limit (16 KB by default)";
    public static final String NOT_JSON = "The body is not application/json";
    public static final String KEY_REUSED = "The Idempotency-Key was used before with another body";

    private CaseApiDocs() {
    }
}
