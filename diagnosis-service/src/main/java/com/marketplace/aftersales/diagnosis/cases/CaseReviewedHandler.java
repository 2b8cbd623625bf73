package com.marketplace.aftersales.diagnosis.cases;

import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.intake.CaseReviewed;
import com.marketplace.aftersales.platform.consumer.CaseEventHandler;
import com.marketplace.aftersales.platform.consumer.NonRetryableRecordException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * An agent's review: an approved request is diagnosed, a rejected one (NOT_APPLICABLE) is closed, a request for more
 * information changes nothing here (the case comes back to review).
 * <p>
 * A review of a case diagnosis has never seen fails (and is retried, then dead-lettered). That cannot happen in
 * practice: intake writes the submission and the review to the same topic ({@code aftersales.intake.v1}) with the same
 * key (the case id), so they land on the same partition in the order intake committed them, and this consumer applies
 * a partition's records one at a time in offset order. Only lost data (an offset reset past the submission with its
 * inbox entry purged, a database restored from an old backup) could get here, and then parking the record for a
 * replay is the right answer, not inventing a case.
 */
@Component
class CaseReviewedHandler implements CaseEventHandler<CaseReviewed> {

    static final String NOT_APPLICABLE = "NOT_APPLICABLE";

    private final CaseApproval approval;
    private final CaseLifecycle lifecycle;

    CaseReviewedHandler(CaseApproval approval, CaseLifecycle lifecycle) {
        this.approval = approval;
        this.lifecycle = lifecycle;
    }

    @Override
    public Class<CaseReviewed> eventType() {
        return CaseReviewed.class;
    }

    @Override
    public Mono<Void> handle(EventEnvelope<CaseReviewed> event) {
        CaseReviewed review = event.data();
        if (review.decision() == null) {
            return Mono.error(new NonRetryableRecordException("CaseReviewed " + event.id() + " carries no decision"));
        }
        return switch (review.decision()) {
            case APPROVED -> approval.approved(review.caseId());
            case NOT_APPLICABLE -> lifecycle.close(review.caseId(), NOT_APPLICABLE, true);
            // More information is asked for: review comes again. A newer decision this version does not know: nothing
            // diagnosis can act on.
            case NEEDS_MORE_INFO, UNKNOWN -> Mono.empty();
        };
    }
}
