package com.marketplace.aftersales.intake.review;

import com.marketplace.aftersales.intake.IntakeMetrics;
import com.marketplace.aftersales.intake.cases.AfterSalesCase;
import com.marketplace.aftersales.intake.cases.CaseChanges;
import com.marketplace.aftersales.intake.web.Callers;
import com.marketplace.aftersales.platform.security.Caller;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Reviews ({@code CaseReviewed}) and the customer's answers to a request for information ({@code InfoProvided}). */
@Component
class ReviewService {

    private static final Logger log = LoggerFactory.getLogger(ReviewService.class);

    private final CaseChanges cases;
    private final IntakeMetrics metrics;

    ReviewService(CaseChanges cases, IntakeMetrics metrics) {
        this.cases = cases;
        this.metrics = metrics;
    }

    /** Staff review any case. */
    Mono<AfterSalesCase> review(Caller reviewer, UUID caseId, ReviewRequest request) {
        return cases.decide(caseId, found -> true, found -> found.review(request.decision(), request.reasonCode(),
                        request.note(), Callers.staff(reviewer, Callers.REVIEWERS)))
                .map(change -> change.after())
                .doOnNext(reviewed -> {
                    metrics.reviewed(request.decision().name());
                    log.atInfo().addKeyValue("caseId", caseId).addKeyValue("decision", request.decision())
                            .log("Case reviewed");
                });
    }

    /** Only the owner answers. */
    Mono<AfterSalesCase> provideInfo(Caller customer, UUID caseId, InfoRequest request) {
        return cases.decide(caseId, found -> found.isOwnedBy(customer.id()),
                        found -> found.provideInfo(request.text(), Callers.customer(customer, found.channel())))
                .map(change -> change.after())
                .doOnNext(answered -> metrics.infoProvided());
    }
}
