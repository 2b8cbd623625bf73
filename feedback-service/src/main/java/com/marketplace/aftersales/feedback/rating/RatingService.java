package com.marketplace.aftersales.feedback.rating;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.feedback.FollowUpOpened;
import com.marketplace.aftersales.feedback.cases.ActionRefused;
import com.marketplace.aftersales.feedback.cases.CustomerCases;
import com.marketplace.aftersales.feedback.cases.FeedbackCase;
import com.marketplace.aftersales.feedback.cases.FeedbackCases;
import com.marketplace.aftersales.feedback.cases.Rating;
import com.marketplace.aftersales.feedback.metrics.FeedbackMetrics;
import com.marketplace.aftersales.feedback.reports.MonthlyTallies;
import com.marketplace.aftersales.platform.idempotency.IdempotentRequests;
import com.marketplace.aftersales.platform.outbox.Outbox;
import com.marketplace.aftersales.platform.security.Caller;
import com.marketplace.aftersales.platform.web.ApiProblem;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Takes a customer's rating: the rating, the closure and (for a negative review) the follow-up are stored and their
 * events appended in one transaction, the same one that records the {@code Idempotency-Key}.
 */
@Service
class RatingService {

    private static final Logger log = LoggerFactory.getLogger(RatingService.class);

    private final CustomerCases customerCases;
    private final FeedbackCases cases;
    private final FollowUps followUps;
    private final Outbox outbox;
    private final IdempotentRequests idempotent;
    private final MonthlyTallies tallies;
    private final FeedbackMetrics metrics;
    private final Clock clock;

    RatingService(CustomerCases customerCases, FeedbackCases cases, FollowUps followUps, Outbox outbox,
                  IdempotentRequests idempotent, MonthlyTallies tallies, FeedbackMetrics metrics, Clock clock) {
        this.customerCases = customerCases;
        this.cases = cases;
        this.followUps = followUps;
        this.outbox = outbox;
        this.idempotent = idempotent;
        this.tallies = tallies;
        this.metrics = metrics;
        this.clock = clock;
    }

    Mono<ResponseEntity<RatingAccepted>> rate(UUID caseId, RateCaseRequest request, Caller customer,
                                              String idempotencyKey) {
        Rating rating = new Rating(request.rating(), request.comment());
        Actor actor = CustomerCases.actor(customer, request.channel());
        String fingerprint = idempotent.fingerprint("POST", "/api/v1/cases/" + caseId + "/feedback", request);
        return idempotent.execute(customer.id(), idempotencyKey, fingerprint, RatingAccepted.class,
                        () -> customerCases.lockOwnCase(caseId, customer)
                                .flatMap(found -> apply(found, rating, actor)))
                .onErrorMap(ActionRefused.class, refused -> ApiProblem.conflict(refused.getMessage(),
                        refused.currentStatus().name()))
                .doOnNext(response -> {
                    if (!isReplay(response)) {
                        metrics.rated(rating);
                        logRated(caseId, rating);
                    }
                });
    }

    private Mono<ResponseEntity<RatingAccepted>> apply(FeedbackCase found, Rating rating, Actor actor) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        FeedbackCase.Decision decision = found.rate(rating, actor, UUID.randomUUID(), now);
        FeedbackCase rated = decision.after();
        return cases.saveDecision(rated)
                .thenMany(Flux.fromIterable(decision.events())
                        .ofType(FollowUpOpened.class)
                        .concatMap(opened -> followUps.open(opened, now)))
                .then(tallies.rated(rating, now))
                .then(outbox.append(decision.events()))
                .thenReturn(ResponseEntity.status(HttpStatus.CREATED)
                        .body(new RatingAccepted(rated.caseId(), rating.score(), rated.status().name())));
    }

    private static boolean isReplay(ResponseEntity<?> response) {
        return response.getHeaders().containsHeader("Idempotent-Replayed");
    }

    private static void logRated(UUID caseId, Rating rating) {
        try (MDC.MDCCloseable ignored = MDC.putCloseable("caseId", caseId.toString())) {
            log.info("Case rated {}{}", rating.score(), rating.isNegative() ? "; follow-up opened" : "");
        }
    }
}
