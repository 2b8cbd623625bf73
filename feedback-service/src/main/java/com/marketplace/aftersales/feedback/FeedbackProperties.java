package com.marketplace.aftersales.feedback;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The feedback service's timing rules ({@code aftersales.feedback.*}); every one has a default and an environment
 * variable (see application.yml).
 *
 * @param closing when resolved cases that were never rated are closed
 * @param reports the monthly after-sales figures
 */
@ConfigurationProperties("aftersales.feedback")
public record FeedbackProperties(Closing closing, Reports reports) {

    public FeedbackProperties {
        closing = closing == null ? new Closing(null, null, null) : closing;
        reports = reports == null ? new Reports(null, null, null) : reports;
    }

    /**
     * @param unratedAfter  how long after its resolution a case waits for a rating before it closes without one
     *                      (domain §4: the customer confirms and rates after execution; default 7 days)
     * @param checkInterval how often the closing job looks for such cases; a case closes at most this late
     * @param batchSize     cases closed per round of the job, each in its own transaction
     */
    public record Closing(Duration unratedAfter, Duration checkInterval, Integer batchSize) {
        public Closing {
            unratedAfter = unratedAfter == null ? Duration.ofDays(7) : unratedAfter;
            checkInterval = checkInterval == null ? Duration.ofMinutes(10) : checkInterval;
            batchSize = batchSize == null ? 100 : batchSize;
            if (unratedAfter.isNegative() || checkInterval.isNegative() || checkInterval.isZero() || batchSize < 1) {
                throw new IllegalArgumentException("aftersales.feedback.closing: unrated-after must not be negative,"
                        + " check-interval must be positive and batch-size at least 1");
            }
        }
    }

    /**
     * @param firstMonth   the first month the platform reports on (figures before it were never collected, so asking
     *                     for one is a client error, not a month of zeros)
     * @param zone         the time zone whose calendar months the figures follow (domain §5: Asia/Shanghai); an
     *                     event belongs to the month of its own time in this zone
     * @param publicMaxAge how long caches (the app, CDNs) may keep the public report
     */
    public record Reports(YearMonth firstMonth, ZoneId zone, Duration publicMaxAge) {
        public Reports {
            firstMonth = firstMonth == null ? YearMonth.of(2026, 1) : firstMonth;
            zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
            publicMaxAge = publicMaxAge == null ? Duration.ofMinutes(5) : publicMaxAge;
            if (publicMaxAge.isNegative()) {
                throw new IllegalArgumentException("aftersales.feedback.reports.public-max-age must not be negative");
            }
        }
    }
}
