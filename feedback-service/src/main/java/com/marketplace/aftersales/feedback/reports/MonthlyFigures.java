package com.marketplace.aftersales.feedback.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a month's stored counts into the figures of the report: the rates, the percentiles, the average. Pure, so the
 * definitions are tested without a database.
 */
public final class MonthlyFigures {

    private static final int RATE_DECIMALS = 4;
    private static final int AVERAGE_DECIMALS = 2;

    private MonthlyFigures() {
    }

    /**
     * @param now decides only whether the month is over
     */
    public static MonthlyReport of(ReportMonth month, MonthCounts counts, LeadTimeHistogram leadTimes,
                                   List<SlaTally> slaClocks, Instant now) {
        long closed = counts.closedRated() + counts.closedWithoutRating();
        return new MonthlyReport(month.toString(), month.zone().getId(), month.start(), month.end(),
                month.endedBy(now),
                new MonthlyReport.Cases(counts.casesOpened(), counts.casesResolved(), closed, counts.closedRated(),
                        counts.closedWithoutRating()),
                new MonthlyReport.Returns(counts.returnsShipped(),
                        ratio(counts.returnsShipped(), counts.casesOpened())),
                new MonthlyReport.Complaints(counts.complaintsFiled(), ratio(counts.complaintsFiled(), closed)),
                new MonthlyReport.RefundLeadTime(leadTimes.count(), leadTimes.percentileSeconds(50),
                        leadTimes.percentileSeconds(90)),
                satisfaction(counts.ratingsByScore()),
                slaCompliance(slaClocks),
                new MonthlyReport.FollowUps(counts.followUpsOpened()));
    }

    private static MonthlyReport.Satisfaction satisfaction(List<Long> ratingsByScore) {
        long ratings = 0;
        long scoreSum = 0;
        List<MonthlyReport.ScoreCount> byScore = new ArrayList<>();
        for (int score = 1; score <= 5; score++) {
            long count = ratingsByScore.get(score - 1);
            ratings += count;
            scoreSum += score * count;
            byScore.add(new MonthlyReport.ScoreCount(score, count));
        }
        long fourOrFive = ratingsByScore.get(3) + ratingsByScore.get(4);
        return new MonthlyReport.Satisfaction(ratings, rounded(scoreSum, ratings, AVERAGE_DECIMALS),
                ratio(fourOrFive, ratings), byScore);
    }

    private static MonthlyReport.SlaCompliance slaCompliance(List<SlaTally> clocks) {
        long met = 0;
        long breached = 0;
        List<MonthlyReport.PolicyCompliance> byPolicy = new ArrayList<>();
        for (SlaTally policy : clocks.stream().sorted(Comparator.comparing(SlaTally::policy)).toList()) {
            met += policy.met();
            breached += policy.breached();
            byPolicy.add(new MonthlyReport.PolicyCompliance(policy.policy(), policy.met(), policy.breached(),
                    ratio(policy.met(), policy.met() + policy.breached())));
        }
        return new MonthlyReport.SlaCompliance(met + breached, met, breached, ratio(met, met + breached), byPolicy);
    }

    /** {@code part / whole} to 4 decimals; 0 for an empty whole (the counts beside it tell the difference). */
    static double ratio(long part, long whole) {
        return rounded(part, whole, RATE_DECIMALS);
    }

    private static double rounded(long numerator, long denominator, int decimals) {
        if (denominator == 0) {
            return 0;
        }
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), decimals, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
