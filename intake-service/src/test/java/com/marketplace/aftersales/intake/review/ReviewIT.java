package com.marketplace.aftersales.intake.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.marketplace.aftersales.contracts.Component;
import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.diagnosis.InstantRefundApproved;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Channel;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.intake.CaseReviewed;
import com.marketplace.aftersales.contracts.intake.InfoProvided;
import com.marketplace.aftersales.contracts.intake.ReviewDecision;
import com.marketplace.aftersales.intake.IntakeIntegrationTest;
import com.marketplace.aftersales.testsupport.TestTokens;
import com.marketplace.aftersales.testsupport.TopicProbe;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

class ReviewIT extends IntakeIntegrationTest {

    @Test
    void anAgentApprovesASubmittedCaseOnceOnly() {
        String customer = newCustomer();
        String agent = "agent-" + UUID.randomUUID();
        try (TopicProbe intake = intakeTopic()) {
            UUID caseId = submitCase(customer, replicatedOrderOf(customer));

            EntityExchangeResult<String> approved = review(caseId, TestTokens.staff(agent, "AGENT"),
                    "{\"decision\": \"APPROVED\", \"note\": \"Photo shows the defect\"}");
            EntityExchangeResult<String> again = review(caseId, TestTokens.staff(agent, "AGENT"),
                    "{\"decision\": \"NOT_APPLICABLE\", \"reasonCode\": \"CHANGED_MY_MIND\"}");

            assertThat(approved.getStatus().value()).as(approved.getResponseBody()).isEqualTo(200);
            assertThat(json(approved).get("status").asString()).isEqualTo("APPROVED");
            assertProblem(again, 409);
            assertThat(json(again).get("currentStatus").asString()).isEqualTo("APPROVED");

            List<EventEnvelope<CaseEvent>> events = awaitEvents(intake, caseId, 2);
            CaseReviewed reviewed = (CaseReviewed) events.get(1).data();
            assertThat(reviewed.decision()).isEqualTo(ReviewDecision.APPROVED);
            assertThat(reviewed.note()).isEqualTo("Photo shows the defect");
            assertThat(reviewed.actor()).isEqualTo(new Actor(agent, ActorRole.AGENT, Channel.STAFF_CONSOLE));
        }
    }

    @Test
    void aRequestForMoreInformationGoesBackToReviewWhenTheCustomerAnswers() {
        String customer = newCustomer();
        String customerToken = TestTokens.customer(customer);
        String supervisor = TestTokens.staff("supervisor-1", "SUPERVISOR");
        try (TopicProbe intake = intakeTopic()) {
            UUID caseId = submitCase(customer, replicatedOrderOf(customer));

            EntityExchangeResult<String> withoutReason = review(caseId, supervisor,
                    "{\"decision\": \"NEEDS_MORE_INFO\"}");
            assertProblem(withoutReason, 400);
            assertThat(firstErrorField(withoutReason)).isEqualTo("reasonCode");
            assertProblem(post("/api/v1/cases/" + caseId + "/info", customerToken, "{\"text\": \"too early\"}"), 409);

            EntityExchangeResult<String> asked = review(caseId, supervisor,
                    "{\"decision\": \"NEEDS_MORE_INFO\", \"reasonCode\": \"PHOTO_UNCLEAR\"}");
            assertThat(json(asked).get("status").asString()).isEqualTo("NEEDS_MORE_INFO");
            EntityExchangeResult<String> reviewWhileWaiting = review(caseId, supervisor,
                    "{\"decision\": \"APPROVED\"}");
            assertProblem(reviewWhileWaiting, 409);
            assertThat(json(reviewWhileWaiting).get("currentStatus").asString()).isEqualTo("NEEDS_MORE_INFO");
            assertProblem(post("/api/v1/cases/" + caseId + "/info", TestTokens.customer(newCustomer()),
                    "{\"text\": \"not my case\"}"), 404);

            EntityExchangeResult<String> answered = post("/api/v1/cases/" + caseId + "/info", customerToken,
                    "{\"text\": \"A sharper photo is attached.\"}");
            assertThat(json(answered).get("status").asString()).isEqualTo("SUBMITTED");
            assertThat(json(review(caseId, supervisor, "{\"decision\": \"APPROVED\"}")).get("status").asString())
                    .isEqualTo("APPROVED");

            List<EventEnvelope<CaseEvent>> events = awaitEvents(intake, caseId, 4);
            assertThat(events).extracting(EventEnvelope::type).containsExactly("aftersales.intake.CaseSubmitted",
                    "aftersales.intake.CaseReviewed", "aftersales.intake.InfoProvided", "aftersales.intake.CaseReviewed");
            assertThat(((CaseReviewed) events.get(1).data()).reasonCode()).isEqualTo("PHOTO_UNCLEAR");
            assertThat(((CaseReviewed) events.get(1).data()).actor().role()).isEqualTo(ActorRole.SUPERVISOR);
            assertThat(((InfoProvided) events.get(2).data()).text()).isEqualTo("A sharper photo is attached.");
        }
    }

    @Test
    void aCaseApprovedByAnInstantRefundIsNotReviewedAgain() {
        String customer = newCustomer();
        UUID caseId = submitCase(customer, replicatedOrderOf(customer));

        publishAs(Component.DIAGNOSIS_SERVICE, new InstantRefundApproved(caseId, Money.of("39.90", "CNY"),
                Actor.system("diagnosis-service")));
        await().atMost(WAIT).until(() -> "APPROVED".equals(caseStatus(caseId)));

        EntityExchangeResult<String> late = review(caseId, agentToken(),
                "{\"decision\": \"NOT_APPLICABLE\", \"reasonCode\": \"NO_DEFECT\"}");
        assertProblem(late, 409);
        assertThat(json(late).get("currentStatus").asString()).isEqualTo("APPROVED");
    }

    @Test
    void onlyReviewersReviewAndOnlyCasesThatExist() {
        String customer = newCustomer();
        UUID caseId = submitCase(customer, replicatedOrderOf(customer));

        assertProblem(review(caseId, TestTokens.customer(customer), "{\"decision\": \"APPROVED\"}"), 403);
        assertProblem(review(caseId, TestTokens.staff("finance-1", "FINANCE"), "{\"decision\": \"APPROVED\"}"), 403);
        assertProblem(review(UUID.randomUUID(), agentToken(), "{\"decision\": \"APPROVED\"}"), 404);
        assertProblem(review(caseId, agentToken(), "{\"decision\": \"UNKNOWN\"}"), 400);
        assertThat(caseStatus(caseId)).isEqualTo("SUBMITTED");
    }

    private EntityExchangeResult<String> review(UUID caseId, String token, String body) {
        return post("/api/v1/agent/cases/" + caseId + "/review", token, body);
    }
}
