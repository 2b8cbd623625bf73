package com.marketplace.aftersales.intake.cases;

/** A well-formed request that a business rule refuses (an HTTP {@code 422} naming the field). */
public class SubmissionRefused extends RuntimeException {

    private final String field;
    private final String reason;

    SubmissionRefused(String field, String message, String reason) {
        super(message);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    /** A short tag for the refusal metric. */
    public String reason() {
        return reason;
    }
}
