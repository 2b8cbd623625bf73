package com.marketplace.aftersales.feedback.rating;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.testsupport.PrometheusScrape;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Channel;
import com.marketplace.aftersales.contracts.feedback.CaseClosed;
import com.marketplace.aftersales.contracts.feedback.CloseReason;
import com.marketplace.aftersales.contracts.feedback.ComplaintFiled;
import com.marketplace.aftersales.contracts.feedback.FeedbackSubmitted;
import com.marketplace.aftersales.contracts.feedback.FollowUpOpened;
import com.marketplace.aftersales.feedback.CaseEvents;
import com.marketplace.aftersales.feedback.FeedbackIntegrationTest;
import com.marketplace.aftersales.feedback.cases.FeedbackCase;
import com.marketplace.aftersales.feedback.metrics.FeedbackMetrics;
import com.marketplace.aftersales.testsupport.TestTokens;
import com.marketplace.aftersales.testsupport.TopicProbe;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

class RatingIT extends FeedbackIntegrationTest {

    @Value("${local.server.port}")
    int serverPort;

    @Autowired
    MeterRegistry meters;

    @Test
    void aRatingOfAResolvedCaseIsPublishedAndClosesTheCase() {
        String customer = "customer-" + UUID.randomUUID();
        UUID caseId = resolvedCaseOf(customer);
        try (TopicProbe feedback = feedbackTopic()) {
            EntityExchangeResult<String> result = rate(caseId, customer,
                    "{\"rating\":5,\"comment\":\"Refund arrived the same day\"}");

            assertThat(result.getStatus()).isEqualTo(HttpStatus.CREATED);
            assertThat(result.getResponseBody()).isEqualTo(
                    "{\"caseId\":\"" + caseId + "\",\"rating\":5,\"status\":\"CLOSED\"}");
            List<CaseEvent> events = awaitEvents(feedback, caseId, 2);
            assertThat(events).hasSize(2);
            FeedbackSubmitted submitted = (FeedbackSubmitted) events.get(0);
            assertThat(submitted.rating()).isEqualTo(5);
            assertThat(submitted.comment()).isEqualTo("Refund arrived the same day");
            assertThat(submitted.actor().id()).isEqualTo(customer);
            assertThat(submitted.actor().role()).isEqualTo(ActorRole.CUSTOMER);
            assertThat(submitted.actor().channel()).isEqualTo(Channel.PERSONAL_CENTRE);
            assertThat(events.get(1)).isEqualTo(new CaseClosed(caseId, CloseReason.RATED, submitted.actor()));
        }
        assertThat(caseOf(caseId).orElseThrow().status()).isEqualTo(FeedbackCase.Status.CLOSED);
    }

    @Test
    void aNegativeRatingAlsoOpensAFollowUp() {
        String customer = "customer-" + UUID.randomUUID();
        UUID caseId = resolvedCaseOf(customer);
        try (TopicProbe feedback = feedbackTopic()) {
            assertThat(rate(caseId, customer, "{\"rating\":2,\"channel\":\"ORDER_DETAIL\"}").getStatus())
                    .isEqualTo(HttpStatus.CREATED);

            List<CaseEvent> events = awaitEvents(feedback, caseId, 3);
            assertThat(events).extracting(CaseEvent::getClass)
                    .containsExactly(FeedbackSubmitted.class, FollowUpOpened.class, CaseClosed.class);
            FollowUpOpened followUp = (FollowUpOpened) events.get(1);
            assertThat(followUp.rating()).isEqualTo(2);
            assertThat(followUp.actor().channel()).isEqualTo(Channel.ORDER_DETAIL);
            assertThat(openFollowUps(caseId)).containsExactly(followUp.followUpId());
        }
    }

    @Test
    void aCaseNotYetResolvedCannotBeRated() {
        String customer = "customer-" + UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        publish(CaseEvents.submitted(caseId, customer));
        publish(CaseEvents.approved(caseId));
        awaitCase(caseId, c -> c.customerId() != null);

        EntityExchangeResult<String> result = rate(caseId, customer, "{\"rating\":4}");

        assertConflict(result, "IN_PROGRESS");
        assertThat(caseOf(caseId).orElseThrow().rating()).isNull();
    }

    @Test
    void aCaseIsRatedOnlyOnce() {
        String customer = "customer-" + UUID.randomUUID();
        UUID caseId = resolvedCaseOf(customer);
        assertThat(rate(caseId, customer, "{\"rating\":4}").getStatus()).isEqualTo(HttpStatus.CREATED);

        EntityExchangeResult<String> again = rate(caseId, customer, "{\"rating\":1,\"comment\":\"on second thought\"}");

        assertConflict(again, "CLOSED");
        FeedbackCase stored = caseOf(caseId).orElseThrow();
        assertThat(stored.rating()).isEqualTo(4);
        assertThat(openFollowUps(caseId)).isEmpty();
    }

    @Test
    void aCaseThatWasWithdrawnOrRejectedCannotBeRated() {
        String customer = "customer-" + UUID.randomUUID();
        UUID withdrawn = UUID.randomUUID();
        UUID rejected = UUID.randomUUID();
        publish(CaseEvents.submitted(withdrawn, customer));
        publish(CaseEvents.withdrawn(withdrawn, customer));
        publish(CaseEvents.submitted(rejected, customer));
        publish(CaseEvents.rejected(rejected));
        awaitCase(withdrawn, c -> c.customerId() != null && c.ending() != null);
        awaitCase(rejected, c -> c.customerId() != null && c.ending() != null);

        assertConflict(rate(withdrawn, customer, "{\"rating\":3}"), "WITHDRAWN");
        assertConflict(rate(rejected, customer, "{\"rating\":3}"), "NOT_APPLICABLE");
    }

    @Test
    void anotherCustomersCaseOrAnUnknownCaseIsNotFound() {
        String owner = "customer-" + UUID.randomUUID();
        UUID caseId = resolvedCaseOf(owner);

        EntityExchangeResult<String> byAnother = rate(caseId, "customer-" + UUID.randomUUID(), "{\"rating\":1}");
        EntityExchangeResult<String> unknown = rate(UUID.randomUUID(), owner, "{\"rating\":1}");

        for (EntityExchangeResult<String> result : List.of(byAnother, unknown)) {
            assertThat(result.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(caseOf(caseId).orElseThrow().status()).isEqualTo(FeedbackCase.Status.RESOLVED);
    }

    @Test
    void theSameIdempotencyKeyReturnsTheFirstAnswerWithoutRatingTwice() {
        String customer = "customer-" + UUID.randomUUID();
        UUID caseId = resolvedCaseOf(customer);
        String path = "/api/v1/cases/" + caseId + "/feedback";
        String key = UUID.randomUUID().toString();
        try (TopicProbe feedback = feedbackTopic()) {
            EntityExchangeResult<String> first = post(path, TestTokens.customer(customer), key, "{\"rating\":1}");
            EntityExchangeResult<String> retry = post(path, TestTokens.customer(customer), key, "{\"rating\":1}");
            EntityExchangeResult<String> misuse = post(path, TestTokens.customer(customer), key, "{\"rating\":5}");

            assertThat(first.getStatus()).isEqualTo(HttpStatus.CREATED);
            assertThat(retry.getStatus()).isEqualTo(HttpStatus.CREATED);
            assertThat(retry.getResponseBody()).isEqualTo(first.getResponseBody());
            assertThat(retry.getResponseHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
            assertThat(misuse.getStatus().value()).isEqualTo(422);

            // A later event of the same case (same partition) proves nothing more was published before it.
            post("/api/v1/cases/" + caseId + "/complaints", TestTokens.customer(customer), null,
                    "{\"text\":\"The follow-up call never came\"}");
            List<CaseEvent> events = awaitEventsUntil(feedback, caseId, ComplaintFiled.class::isInstance);
            assertThat(events).extracting(CaseEvent::getClass).containsExactly(FeedbackSubmitted.class,
                    FollowUpOpened.class, CaseClosed.class, ComplaintFiled.class);
        }
        assertThat(openFollowUps(caseId)).hasSize(1);
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndChangesNothing() {
        String customer = "customer-" + UUID.randomUUID();
        UUID caseId = resolvedCaseOf(customer);

        assertInvalid(caseId, customer, "{\"rating\":0}", "rating");
        assertInvalid(caseId, customer, "{\"rating\":6}", "rating");
        assertInvalid(caseId, customer, "{\"rating\":\"five\"}", "rating");
        assertInvalid(caseId, customer, "{\"rating\":4.5}", "rating");
        assertInvalid(caseId, customer, "{\"rating\":\"4\"}", "rating");
        assertInvalid(caseId, customer, "{\"comment\":\"no score\"}", "rating");
        assertInvalid(caseId, customer, "{\"rating\":4,\"stars\":4}", "stars");
        assertInvalid(caseId, customer, "{\"rating\":4,\"comment\":\"" + "x".repeat(1001) + "\"}", "comment");
        assertInvalid(caseId, customer, "{\"rating\":4,\"channel\":\"STAFF_CONSOLE\"}", "channel");
        assertInvalid(caseId, customer, "{\"rating\":4", null);
        EntityExchangeResult<String> notACaseId = post("/api/v1/cases/not-a-case-id/feedback",
                TestTokens.customer(customer), null, "{\"rating\":4}");
        assertThat(notACaseId.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);

        assertThat(caseOf(caseId).orElseThrow().status()).isEqualTo(FeedbackCase.Status.RESOLVED);
        assertThat(rate(caseId, customer, "{\"rating\":4}").getStatus()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void onlyAnAuthenticatedCustomerMayRate() {
        String customer = "customer-" + UUID.randomUUID();
        UUID caseId = resolvedCaseOf(customer);
        String path = "/api/v1/cases/" + caseId + "/feedback";

        EntityExchangeResult<String> anonymous = post(path, null, null, "{\"rating\":5}");
        EntityExchangeResult<String> agent = post(path, TestTokens.staff("agent-1", "AGENT"), null, "{\"rating\":5}");

        assertThat(anonymous.getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(agent.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(agent.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(caseOf(caseId).orElseThrow().status()).isEqualTo(FeedbackCase.Status.RESOLVED);
    }

    @Test
    void ratingsAreCountedByScoreAndNegativeReviewsSeparatelyForTheDashboards() {
        String customer = "customer-" + UUID.randomUUID();
        UUID caseId = resolvedCaseOf(customer);
        double twos = counter(FeedbackMetrics.RATINGS, "rating", "2");
        double negative = counter(FeedbackMetrics.NEGATIVE, null, null);
        double fives = counter(FeedbackMetrics.RATINGS, "rating", "5");

        assertThat(rate(caseId, customer, "{\"rating\":2}").getStatus()).isEqualTo(HttpStatus.CREATED);
        rate(caseId, customer, "{\"rating\":5}");

        assertThat(counter(FeedbackMetrics.RATINGS, "rating", "2")).isEqualTo(twos + 1);
        assertThat(counter(FeedbackMetrics.NEGATIVE, null, null)).isEqualTo(negative + 1);
        assertThat(counter(FeedbackMetrics.RATINGS, "rating", "5")).isEqualTo(fives);
        String scrape = PrometheusScrape.at(serverPort);
        assertThat(scrape).contains("aftersales_feedback_ratings_total{", "rating=\"2\"",
                "aftersales_feedback_negative_total", "aftersales_feedback_closed_total{",
                "aftersales_feedback_complaints_total");
    }

    private double counter(String name, String tag, String value) {
        var search = meters.get(name);
        return (tag == null ? search : search.tag(tag, value)).counter().count();
    }

    private void assertInvalid(UUID caseId, String customer, String json, String field) {
        EntityExchangeResult<String> result = rate(caseId, customer, json);
        assertThat(result.getStatus()).as(json).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(result.getResponseHeaders().getContentType()).as(json)
                .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        if (field != null) {
            assertThat(result.getResponseBody()).as(json).contains("\"field\":\"" + field + "\"");
        }
    }

    private static void assertConflict(EntityExchangeResult<String> result, String currentStatus) {
        assertThat(result.getStatus()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result.getResponseBody()).contains("\"currentStatus\":\"" + currentStatus + "\"");
    }

    private List<UUID> openFollowUps(UUID caseId) {
        return db.sql("select follow_up_id from follow_up where case_id = :caseId and completed_at is null")
                .bind("caseId", caseId)
                .map(row -> row.get("follow_up_id", UUID.class))
                .all().collectList().block();
    }
}
