package com.marketplace.aftersales.intake.withdrawal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.marketplace.aftersales.contracts.Component;
import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Channel;
import com.marketplace.aftersales.contracts.feedback.CaseClosed;
import com.marketplace.aftersales.contracts.feedback.CloseReason;
import com.marketplace.aftersales.contracts.fulfillment.ReturnShipped;
import com.marketplace.aftersales.contracts.intake.CaseWithdrawn;
import com.marketplace.aftersales.contracts.orders.OrderSnapshot;
import com.marketplace.aftersales.intake.IntakeIntegrationTest;
import com.marketplace.aftersales.testsupport.TestTokens;
import com.marketplace.aftersales.testsupport.TopicProbe;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

class WithdrawalIT extends IntakeIntegrationTest {

    @Test
    void theCustomerWithdrawsAnOpenCaseWhichFreesTheLine() {
        String customer = newCustomer();
        OrderSnapshot order = replicatedOrderOf(customer);
        try (TopicProbe intake = intakeTopic()) {
            UUID caseId = submitCase(customer, order);

            EntityExchangeResult<String> withdrawn = post("/api/v1/cases/" + caseId + "/withdraw",
                    TestTokens.customer(customer), "{\"reason\": \"Found the missing part\"}");

            assertThat(withdrawn.getStatus().value()).as(withdrawn.getResponseBody()).isEqualTo(200);
            assertThat(json(withdrawn).get("status").asString()).isEqualTo("WITHDRAWN");
            List<EventEnvelope<CaseEvent>> events = awaitEvents(intake, caseId, 2);
            CaseWithdrawn event = (CaseWithdrawn) events.get(1).data();
            assertThat(event.reason()).isEqualTo("Found the missing part");
            assertThat(event.actor()).isEqualTo(new Actor(customer, ActorRole.CUSTOMER, Channel.ORDER_DETAIL));
            assertProblem(post("/api/v1/cases/" + caseId + "/withdraw", TestTokens.customer(customer), "{}"), 409);
            submitCase(customer, order);
        }
    }

    @Test
    void onceTheReturnHasShippedTheCaseCanNoLongerBeWithdrawn() {
        String customer = newCustomer();
        UUID caseId = submitCase(customer, replicatedOrderOf(customer));
        post("/api/v1/agent/cases/" + caseId + "/review", agentToken(), "{\"decision\": \"APPROVED\"}");

        publishAs(Component.FULFILLMENT_SERVICE, new ReturnShipped(caseId, "SF", "SF1234567890",
                new Actor(customer, ActorRole.CUSTOMER, Channel.ORDER_DETAIL)));
        await().atMost(WAIT).until(() -> count(
                "select count(*) from after_sales_case where case_id = :p and goods_or_money_moved_by is not null",
                caseId) == 1);

        EntityExchangeResult<String> refused = post("/api/v1/cases/" + caseId + "/withdraw",
                TestTokens.customer(customer), "{}");

        assertProblem(refused, 409);
        assertThat(json(refused).get("currentStatus").asString()).isEqualTo("APPROVED");
        assertThat(json(refused).get("movedBy").asString()).isEqualTo("ReturnShipped");
        assertThat(caseStatus(caseId)).isEqualTo("APPROVED");
    }

    @Test
    void aCaseClosedByFeedbackFreesItsLineForANewRequest() {
        String customer = newCustomer();
        OrderSnapshot order = replicatedOrderOf(customer);
        UUID caseId = submitCase(customer, order);
        assertProblem(post("/api/v1/cases", TestTokens.customer(customer),
                caseRequest(order, order.lines().get(0).lineId())), 409);

        publishAs(Component.FEEDBACK_SERVICE, new CaseClosed(caseId, CloseReason.RATED,
                Actor.system("feedback-service")));
        await().atMost(WAIT).until(() -> "CLOSED".equals(caseStatus(caseId)));

        submitCase(customer, order);
        assertProblem(post("/api/v1/cases/" + caseId + "/withdraw", TestTokens.customer(customer), "{}"), 409);
    }

    @Test
    void anotherCustomersCaseIsNotFoundWhateverTheyTry() {
        String owner = newCustomer();
        UUID caseId = submitCase(owner, replicatedOrderOf(owner));
        String stranger = TestTokens.customer(newCustomer());

        assertProblem(post("/api/v1/cases/" + caseId + "/withdraw", stranger, "{}"), 404);
        assertProblem(post("/api/v1/cases/" + caseId + "/messages", stranger, "{\"text\": \"hi\"}"), 404);
        assertProblem(post("/api/v1/cases/" + caseId + "/info", stranger, "{\"text\": \"hi\"}"), 404);
        assertThat(caseStatus(caseId)).isEqualTo("SUBMITTED");
        assertThat(count("select count(*) from case_message where case_id = :p", caseId)).isZero();
    }

    @Test
    void withoutABodyTheWithdrawalHasNoReason() {
        String customer = newCustomer();
        UUID caseId = submitCase(customer, replicatedOrderOf(customer));

        EntityExchangeResult<String> withdrawn = api.post().uri("/api/v1/cases/" + caseId + "/withdraw")
                .header("Authorization", "Bearer " + TestTokens.customer(customer))
                .exchange().expectBody(String.class).returnResult();

        assertThat(withdrawn.getStatus().value()).as(withdrawn.getResponseBody()).isEqualTo(200);
        assertThat(caseStatus(caseId)).isEqualTo("WITHDRAWN");
    }
}
