package com.marketplace.aftersales.feedback.closing;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.feedback.CaseClosed;
import com.marketplace.aftersales.contracts.feedback.CloseReason;
import com.marketplace.aftersales.contracts.feedback.ComplaintFiled;
import com.marketplace.aftersales.feedback.CaseEvents;
import com.marketplace.aftersales.feedback.FeedbackIntegrationTest;
import com.marketplace.aftersales.feedback.FeedbackProperties;
import com.marketplace.aftersales.feedback.cases.FeedbackCase;
import com.marketplace.aftersales.feedback.metrics.FeedbackMetrics;
import com.marketplace.aftersales.feedback.reports.MonthlyTallies;
import com.marketplace.aftersales.platform.outbox.Outbox;
import com.marketplace.aftersales.testsupport.TestTokens;
import com.marketplace.aftersales.testsupport.TopicProbe;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The closing job, run by the test with fixed clocks days ahead of the events instead of waiting for them. */
class UnratedCaseClosingIT extends FeedbackIntegrationTest {

    private static final Duration WAITS_FOR_RATING = Duration.ofDays(7);

    @Autowired
    Outbox outbox;
    @Autowired
    ReactiveTransactionManager transactionManager;
    @Autowired
    FeedbackMetrics metrics;
    @Autowired
    MonthlyTallies tallies;
    @Autowired
    JsonMapper json;

    @Test
    void aResolvedCaseNobodyRatesClosesWithoutRatingOnceTheWaitingTimeIsOver() {
        String customer = "customer-" + UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        Instant resolvedAt = CaseEvents.now();
        publish(CaseEvents.submitted(caseId, customer));
        publish(CaseEvents.resolved(caseId, resolvedAt));
        awaitCase(caseId, c -> c.customerId() != null && c.status() == FeedbackCase.Status.RESOLVED);

        try (TopicProbe feedback = feedbackTopic()) {
            closerAt(resolvedAt.plus(WAITS_FOR_RATING).minusSeconds(1)).closeDue().block();
            assertThat(caseOf(caseId).orElseThrow().status()).isEqualTo(FeedbackCase.Status.RESOLVED);

            Instant due = resolvedAt.plus(WAITS_FOR_RATING);
            closerAt(due).closeDue().block();

            FeedbackCase closed = caseOf(caseId).orElseThrow();
            assertThat(closed.status()).isEqualTo(FeedbackCase.Status.CLOSED);
            assertThat(closed.closeReason()).isEqualTo(CloseReason.NO_RATING);
            assertThat(closed.closedAt()).isEqualTo(due);
            List<CaseEvent> events = awaitEvents(feedback, caseId, 1);
            CaseClosed published = (CaseClosed) events.get(0);
            assertThat(published.reason()).isEqualTo(CloseReason.NO_RATING);
            assertThat(published.actor().role()).isEqualTo(ActorRole.SYSTEM);

            // Closed means closed: a late rating is refused, and running the job again publishes nothing new.
            EntityExchangeResult<String> late = rate(caseId, customer, "{\"rating\":5}");
            assertThat(late.getStatus()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(late.getResponseBody()).contains("\"currentStatus\":\"CLOSED\"");
            closerAt(due.plus(Duration.ofDays(1))).closeDue().block();
            post("/api/v1/cases/" + caseId + "/complaints", TestTokens.customer(customer), null,
                    "{\"text\":\"I was never asked how it went\"}");
            assertThat(awaitEventsUntil(feedback, caseId, ComplaintFiled.class::isInstance))
                    .extracting(CaseEvent::getClass).containsExactly(CaseClosed.class, ComplaintFiled.class);
        }
    }

    @Test
    void casesThatWereRatedOrEndedAreNotClosedAgain() {
        String customer = "customer-" + UUID.randomUUID();
        UUID rated = resolvedCaseOf(customer);
        assertThat(rate(rated, customer, "{\"rating\":3}").getStatus()).isEqualTo(HttpStatus.CREATED);
        UUID abandoned = UUID.randomUUID();
        publish(CaseEvents.submitted(abandoned, customer));
        publish(CaseEvents.abandoned(abandoned));
        publish(CaseEvents.resolved(abandoned, CaseEvents.now()));
        awaitCase(abandoned, c -> c.ending() != null && c.resolvedAt() != null);

        closerAt(CaseEvents.now().plus(Duration.ofDays(30))).closeDue().block();

        assertThat(caseOf(rated).orElseThrow().closeReason()).isEqualTo(CloseReason.RATED);
        assertThat(caseOf(abandoned).orElseThrow().status()).isEqualTo(FeedbackCase.Status.ABANDONED);
    }

    @Test
    void aCaseClosedWithoutRatingCountsInTheMonthItWasClosed() {
        // February and March 2026 are this test's alone: no other test resolves a case that early, so the closer
        // below closes exactly this case
        UUID caseId = UUID.randomUUID();
        publish(CaseEvents.submitted(caseId, "customer-" + UUID.randomUUID(), Instant.parse("2026-02-18T02:00:00Z")));
        publish(CaseEvents.resolved(caseId, Instant.parse("2026-02-20T02:00:00Z")));
        awaitCase(caseId, c -> c.status() == FeedbackCase.Status.RESOLVED);

        // 1 March, 02:00 in Shanghai (still February in UTC)
        assertThat(closerAt(Instant.parse("2026-02-28T18:00:00Z")).closeDue().block()).isEqualTo(1);

        assertThat(monthlyFigures("2026-03").at("/cases/closedWithoutRating").asLong()).isEqualTo(1);
        assertThat(monthlyFigures("2026-03").at("/cases/closed").asLong()).isEqualTo(1);
        assertThat(monthlyFigures("2026-02").at("/cases/closed").asLong()).isZero();
        assertThat(monthlyFigures("2026-02").at("/cases/resolved").asLong()).isEqualTo(1);
    }

    private JsonNode monthlyFigures(String month) {
        return json.readTree(client.get().uri("/api/v1/ops/reports/monthly?month=" + month)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.staff("ops-1", "OPS_MANAGER"))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
    }

    /** The service's closer, but with its clock fixed at {@code now} and a batch large enough for every open case. */
    private UnratedCaseCloser closerAt(Instant now) {
        return new UnratedCaseCloser(cases, tallies, outbox, TransactionalOperator.create(transactionManager),
                new FeedbackProperties.Closing(WAITS_FOR_RATING, Duration.ofHours(6), 10_000), metrics,
                Clock.fixed(now, ZoneOffset.UTC));
    }
}
