package com.marketplace.aftersales.feedback.cases;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.feedback.CaseClosed;
import com.marketplace.aftersales.contracts.feedback.CloseReason;
import com.marketplace.aftersales.contracts.feedback.ComplaintFiled;
import com.marketplace.aftersales.contracts.feedback.FeedbackSubmitted;
import com.marketplace.aftersales.contracts.feedback.FollowUpOpened;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A case as the feedback stage sees it: who owns it, whether its execution is done, whether it ended without an
 * outcome, and what the customer said. Decides ratings, complaints and closing, and returns the events they cause.
 *
 * @param customerId null until intake's {@code CaseSubmitted} arrived (topics are read in no particular order)
 * @param resolvedAt when fulfillment last resolved the case; the rating window runs from here
 */
public record FeedbackCase(UUID caseId, String serviceNo, String customerId, String merchantId, Instant resolvedAt,
                           Ending ending, Instant endedAt, Integer rating, String comment, Instant ratedAt,
                           Instant closedAt, CloseReason closeReason) {

    /** How a case can end before it was ever resolved; none of them can be rated. */
    public enum Ending { WITHDRAWN, NOT_APPLICABLE, ABANDONED }

    /**
     * Feedback's view of the case, reported as {@code currentStatus} when an action is refused. The terminal ones
     * carry the names the app shows (contracts §3); {@code IN_PROGRESS} is any status before the case was resolved.
     */
    public enum Status { IN_PROGRESS, RESOLVED, CLOSED, WITHDRAWN, NOT_APPLICABLE, ABANDONED }

    public FeedbackCase {
        Objects.requireNonNull(caseId, "caseId");
    }

    /** A case feedback has heard nothing about yet; events fill it in. */
    public static FeedbackCase unknown(UUID caseId) {
        return new FeedbackCase(caseId, null, null, null, null, null, null, null, null, null, null, null);
    }

    public Status status() {
        if (closedAt != null) {
            return Status.CLOSED;
        }
        if (ending != null) {
            return Status.valueOf(ending.name());
        }
        return resolvedAt != null ? Status.RESOLVED : Status.IN_PROGRESS;
    }

    /** Whether this customer owns the case. False while the owner is unknown: nobody may act on it yet. */
    public boolean belongsTo(String customer) {
        return customerId != null && customerId.equals(customer);
    }

    /**
     * The customer's rating: allowed once, and only once the case was resolved. Closes the case; a negative rating
     * also opens a follow-up.
     *
     * @throws ActionRefused if the case is not resolved, or already closed or ended
     */
    public Decision rate(Rating given, Actor customer, UUID followUpId, Instant at) {
        if (status() != Status.RESOLVED) {
            throw new ActionRefused(status(), switch (status()) {
                case IN_PROGRESS -> "The case can be rated once it is resolved";
                case CLOSED -> rating != null ? "The case was already rated" : "The case is closed";
                default -> "The case ended without an outcome to rate";
            });
        }
        List<CaseEvent> events = new ArrayList<>();
        events.add(new FeedbackSubmitted(caseId, given.score(), given.comment(), customer));
        if (given.isNegative()) {
            events.add(new FollowUpOpened(caseId, followUpId, given.score(), customer));
        }
        events.add(new CaseClosed(caseId, CloseReason.RATED, customer));
        FeedbackCase after = new FeedbackCase(caseId, serviceNo, customerId, merchantId, resolvedAt, ending, endedAt,
                given.score(), given.comment(), at, at, CloseReason.RATED);
        return new Decision(after, events);
    }

    /**
     * Closes a resolved case that was not rated within {@code unratedAfter} of its resolution.
     *
     * @return the decision, or empty if the case is not (or no longer) waiting for a rating, or not due yet
     */
    public Optional<Decision> closeIfUnrated(Instant now, Duration unratedAfter, Actor system) {
        if (status() != Status.RESOLVED || now.isBefore(resolvedAt.plus(unratedAfter))) {
            return Optional.empty();
        }
        FeedbackCase after = new FeedbackCase(caseId, serviceNo, customerId, merchantId, resolvedAt, ending, endedAt,
                rating, comment, ratedAt, now, CloseReason.NO_RATING);
        return Optional.of(new Decision(after, List.of(new CaseClosed(caseId, CloseReason.NO_RATING, system))));
    }

    /**
     * A complaint about the handling of the case. Allowed at any stage, also after closing: a customer may complain
     * about a case that is stuck as well as about how it ended.
     */
    public ComplaintFiled complain(UUID complaintId, String text, Actor customer) {
        return new ComplaintFiled(caseId, complaintId, text, customer);
    }

    /** The state after a decision and the events that record it, to be saved and appended in one transaction. */
    public record Decision(FeedbackCase after, List<CaseEvent> events) {
        public Decision {
            events = List.copyOf(events);
        }
    }
}
