package com.marketplace.aftersales.feedback.cases;

/**
 * A customer's rating of the service: a score from 1 (worst) to 5 and an optional comment.
 *
 * @param comment null when the customer wrote nothing (a blank comment counts as none)
 */
public record Rating(int score, String comment) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;
    /** Domain §4: a rating of 1 or 2 is a negative review (中差评) and is followed up. */
    public static final int NEGATIVE_AT_MOST = 2;
    public static final int COMMENT_MAX_LENGTH = 1000;

    public Rating {
        if (score < LOWEST || score > HIGHEST) {
            throw new IllegalArgumentException("A rating is " + LOWEST + " to " + HIGHEST + ", not " + score);
        }
        comment = comment == null || comment.isBlank() ? null : comment.strip();
        if (comment != null && comment.length() > COMMENT_MAX_LENGTH) {
            throw new IllegalArgumentException("A comment has at most " + COMMENT_MAX_LENGTH + " characters");
        }
    }

    public boolean isNegative() {
        return score <= NEGATIVE_AT_MOST;
    }
}
