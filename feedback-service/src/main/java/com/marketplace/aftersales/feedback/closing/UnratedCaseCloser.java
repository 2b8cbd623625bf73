package com.marketplace.aftersales.feedback.closing;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.feedback.FeedbackProperties;
import com.marketplace.aftersales.feedback.cases.FeedbackCase;
import com.marketplace.aftersales.feedback.cases.FeedbackCases;
import com.marketplace.aftersales.feedback.metrics.FeedbackMetrics;
import com.marketplace.aftersales.feedback.reports.MonthlyTallies;
import com.marketplace.aftersales.platform.outbox.Outbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Closes resolved cases the customer did not rate within the configured time ({@code CaseClosed(NO_RATING)}). Each
 * case closes in its own transaction on a locked row, so a rating arriving at the same moment either wins (and the
 * case closes as rated) or finds the case closed; a case a customer is rating right now is skipped until next round.
 */
class UnratedCaseCloser implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(UnratedCaseCloser.class);
    private static final Actor SYSTEM = Actor.system("feedback-service");
    /** Bounds one round; the rest waits for the next round rather than holding the job thread indefinitely. */
    private static final int MAX_BATCHES_PER_ROUND = 20;

    private final FeedbackCases cases;
    private final MonthlyTallies tallies;
    private final Outbox outbox;
    private final TransactionalOperator transactions;
    private final FeedbackProperties.Closing config;
    private final FeedbackMetrics metrics;
    private final Clock clock;

    UnratedCaseCloser(FeedbackCases cases, MonthlyTallies tallies, Outbox outbox, TransactionalOperator transactions,
                      FeedbackProperties.Closing config, FeedbackMetrics metrics, Clock clock) {
        this.cases = cases;
        this.tallies = tallies;
        this.outbox = outbox;
        this.transactions = transactions;
        this.config = config;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** One scheduled round: batches until fewer cases than a batch were due. */
    @Override
    public void run() {
        for (int batch = 0; batch < MAX_BATCHES_PER_ROUND; batch++) {
            Integer closed = closeDue().block(Duration.ofMinutes(5));
            if (closed != null && closed > 0) {
                log.info("Closed {} case(s) not rated within {}", closed, config.unratedAfter());
            }
            if (closed == null || closed < config.batchSize()) {
                return;
            }
        }
    }

    /** Closes up to one batch of the cases due now, by this closer's clock; emits how many it closed. */
    Mono<Integer> closeDue() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return cases.resolvedAndOpenSince(now.minus(config.unratedAfter()), config.batchSize())
                .concatMap(caseId -> closeIfStillDue(caseId, now))
                .reduce(0, (count, closed) -> closed ? count + 1 : count);
    }

    private Mono<Boolean> closeIfStillDue(UUID caseId, Instant now) {
        return cases.lockUnlessBusy(caseId)
                .flatMap(found -> Mono.justOrEmpty(found.closeIfUnrated(now, config.unratedAfter(), SYSTEM)))
                .flatMap(decision -> close(decision).thenReturn(true))
                .as(transactions::transactional)
                .doOnNext(closed -> metrics.closedWithoutRating())
                .defaultIfEmpty(false);
    }

    private Mono<Void> close(FeedbackCase.Decision decision) {
        return cases.saveDecision(decision.after())
                .then(tallies.closedWithoutRating(decision.after().closedAt()))
                .then(outbox.append(decision.events()));
    }
}
