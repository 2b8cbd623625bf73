package com.marketplace.aftersales.feedback;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The feedback service's timing rules ({@code aftersales.feedback.*}); every one has a default and an environment
 * variable (see application.yml).
 *
 * @param closing when resolved cases that were never rated are closed
 */
@ConfigurationProperties("aftersales.feedback")
public record FeedbackProperties(Closing closing) {

    public FeedbackProperties {
        closing = closing == null ? new Closing(null, null, null) : closing;
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
}
