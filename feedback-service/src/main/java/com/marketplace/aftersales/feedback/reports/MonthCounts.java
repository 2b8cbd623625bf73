package com.marketplace.aftersales.feedback.reports;

import java.util.List;

/**
 * A month's counts as stored.
 *
 * @param ratingsByScore ratings given in the month, by score: index 0 holds the ones, index 4 the fives
 */
public record MonthCounts(long casesOpened, long casesResolved, long closedRated, long closedWithoutRating,
                          long returnsShipped, long complaintsFiled, List<Long> ratingsByScore,
                          long followUpsOpened) {

    public static final MonthCounts NONE = new MonthCounts(0, 0, 0, 0, 0, 0, List.of(0L, 0L, 0L, 0L, 0L), 0);

    public MonthCounts {
        ratingsByScore = List.copyOf(ratingsByScore);
        if (ratingsByScore.size() != 5) {
            throw new IllegalArgumentException("Ratings are counted for the scores 1 to 5");
        }
    }
}
