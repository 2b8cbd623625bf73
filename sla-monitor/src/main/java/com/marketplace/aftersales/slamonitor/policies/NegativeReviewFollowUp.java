package com.marketplace.aftersales.slamonitor.policies;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.feedback.FeedbackSubmitted;
import com.marketplace.aftersales.contracts.feedback.FollowUpCompleted;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import java.time.Duration;

/**
 * A customer who rated the outcome 1 or 2 is contacted within 2 hours.
 *
 * <p>Outlives the case: the rating closes the case at once ({@code FeedbackSubmitted}, {@code FollowUpOpened},
 * {@code CaseClosed(RATED)} in one transaction), so a clock that ended with the case would be cancelled the moment it
 * starts. Only {@code FollowUpCompleted} stops it.
 */
final class NegativeReviewFollowUp implements ClockPolicy {

    static final int HIGHEST_NEGATIVE_RATING = 2;

    @Override
    public SlaPolicy id() {
        return SlaPolicy.NEGATIVE_REVIEW_FOLLOW_UP;
    }

    @Override
    public Duration defaultLimit() {
        return Duration.ofHours(2);
    }

    @Override
    public boolean startsOn(CaseEvent event) {
        return event instanceof FeedbackSubmitted feedback && feedback.rating() <= HIGHEST_NEGATIVE_RATING;
    }

    @Override
    public boolean stopsOn(CaseEvent event) {
        return event instanceof FollowUpCompleted;
    }

    @Override
    public boolean endsWithCase() {
        return false;
    }
}
