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
import com.marketplace.aftersales.contracts.intake.MessagePosted;
import com.marketplace.aftersales.contracts.orders.OrderSnapshot;
import com.marketplace.aftersales.intake.IntakeIntegrationTest;
import com.marketplace.aftersales.intake.support.FulfillmentStub;
import com.marketplace.aftersales.testsupport.TestTokens;
import com.marketplace.aftersales.testsupport.TopicProbe;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * Withdrawal: an open case only once fulfillment (here a stub) agreed nothing moved, and {@code CaseWithdrawn} is
 * published only then.
 */
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
        assertThat(FULFILLMENT.received()).isEmpty();
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

    @Test
    void anApprovedCaseIsPutToFulfillmentWithTheCustomersTokenBeforeAnythingIsPublished() {
        String customer = newCustomer();
        OrderSnapshot order = replicatedOrderOf(customer);
        String token = TestTokens.customer(customer);
        try (TopicProbe intake = intakeTopic()) {
            UUID caseId = approvedCase(customer, order);
            AtomicLong withdrawnWhenAsked = new AtomicLong(-1);
            FULFILLMENT.whileAnswering(request -> withdrawnWhenAsked.set(caseStatusIs(caseId, "WITHDRAWN")));

            EntityExchangeResult<String> withdrawn = post("/api/v1/cases/" + caseId + "/withdraw", token,
                    "{\"reason\": \"Bought another one\"}");

            assertThat(withdrawn.getStatus().value()).as(withdrawn.getResponseBody()).isEqualTo(200);
            assertThat(json(withdrawn).get("status").asString()).isEqualTo("WITHDRAWN");
            assertThat(FULFILLMENT.received()).containsExactly(new FulfillmentStub.Received("POST",
                    "/internal/cases/" + caseId + "/withdrawal", "Bearer " + token));
            // When fulfillment was asked, intake had recorded nothing yet.
            assertThat(withdrawnWhenAsked.get()).isZero();
            List<EventEnvelope<CaseEvent>> events = awaitEvents(intake, caseId, 3);
            assertThat(events.get(2).data()).isInstanceOf(CaseWithdrawn.class);
        }
        submitCase(customer, order);
    }

    @Test
    void whenFulfillmentSaysGoodsOrMoneyMovedTheCaseStaysAndNothingIsPublished() {
        String customer = newCustomer();
        try (TopicProbe intake = intakeTopic()) {
            UUID caseId = approvedCase(customer, replicatedOrderOf(customer));
            FULFILLMENT.refuse("RETURN_IN_TRANSIT");

            EntityExchangeResult<String> refused = post("/api/v1/cases/" + caseId + "/withdraw",
                    TestTokens.customer(customer), "{}");

            assertProblem(refused, 409);
            assertThat(json(refused).get("currentStatus").asString()).isEqualTo("RETURN_IN_TRANSIT");
            assertThat(caseStatus(caseId)).isEqualTo("APPROVED");
            assertNothingPublishedBefore(intake, caseId, customer, 2);
        }
    }

    @Test
    void whenFulfillmentIsDownTheCustomerIsToldToTryAgainAndNothingIsPublished() {
        String customer = newCustomer();
        try (TopicProbe intake = intakeTopic()) {
            UUID caseId = approvedCase(customer, replicatedOrderOf(customer));
            FULFILLMENT.beDown();

            EntityExchangeResult<String> unavailable = post("/api/v1/cases/" + caseId + "/withdraw",
                    TestTokens.customer(customer), "{}", "withdraw-" + caseId);

            assertProblem(unavailable, 503);
            assertThat(unavailable.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
            assertThat(caseStatus(caseId)).isEqualTo("APPROVED");
            assertNothingPublishedBefore(intake, caseId, customer, 2);

            // Once fulfillment is back, the same request (same key) goes through: nothing was stored for the key.
            FULFILLMENT.agree();
            EntityExchangeResult<String> retried = post("/api/v1/cases/" + caseId + "/withdraw",
                    TestTokens.customer(customer), "{}", "withdraw-" + caseId);
            assertThat(retried.getStatus().value()).as(retried.getResponseBody()).isEqualTo(200);
            assertThat(awaitEvents(intake, caseId, 4).get(3).data()).isInstanceOf(CaseWithdrawn.class);
        }
    }

    @Test
    void aFulfillmentTooSlowToAnswerIsTreatedAsUnavailable() {
        String customer = newCustomer();
        UUID caseId = approvedCase(customer, replicatedOrderOf(customer));
        FULFILLMENT.holdAnswers();
        try {
            EntityExchangeResult<String> unavailable = post("/api/v1/cases/" + caseId + "/withdraw",
                    TestTokens.customer(customer), "{}");

            assertProblem(unavailable, 503);
            assertThat(unavailable.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
        } finally {
            FULFILLMENT.release();
        }
        assertThat(caseStatus(caseId)).isEqualTo("APPROVED");
    }

    @Test
    void whileTheCircuitIsOpenFulfillmentIsNotEvenAsked() {
        String customer = newCustomer();
        UUID caseId = approvedCase(customer, replicatedOrderOf(customer));
        circuitBreakers.circuitBreaker("fulfillment").transitionToOpenState();

        EntityExchangeResult<String> unavailable = post("/api/v1/cases/" + caseId + "/withdraw",
                TestTokens.customer(customer), "{}");

        assertProblem(unavailable, 503);
        assertThat(unavailable.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
        assertThat(FULFILLMENT.received()).isEmpty();
        assertThat(caseStatus(caseId)).isEqualTo("APPROVED");
    }

    @Test
    void whenIntakeFailsAfterFulfillmentAgreedTheCustomersRetryIsAgreedAgainAndPublishedOnce() throws Exception {
        String customer = newCustomer();
        String token = TestTokens.customer(customer);
        try (TopicProbe intake = intakeTopic();
             Connection stall = DriverManager.getConnection(INFRA.jdbcUrl("intake_it"), INFRA.username(),
                     INFRA.password())) {
            UUID caseId = approvedCase(customer, replicatedOrderOf(customer));
            stall.setAutoCommit(false);
            // Intake's own database stalls on the case right after fulfillment agreed (as good as a crash there:
            // fulfillment has recorded its yes, intake cannot record the withdrawal).
            FULFILLMENT.whileAnswering(request -> lockRow(stall, caseId));

            EntityExchangeResult<String> failed = post("/api/v1/cases/" + caseId + "/withdraw", token, "{}",
                    "first-" + caseId);
            stall.commit();

            assertThat(failed.getStatus().is5xxServerError()).as(failed.getResponseBody()).isTrue();
            assertThat(caseStatus(caseId)).isEqualTo("APPROVED");

            FULFILLMENT.whileAnswering(request -> { });
            EntityExchangeResult<String> retried = post("/api/v1/cases/" + caseId + "/withdraw", token, "{}",
                    "second-" + caseId);

            assertThat(retried.getStatus().value()).as(retried.getResponseBody()).isEqualTo(200);
            assertThat(FULFILLMENT.received()).hasSize(2);
            List<EventEnvelope<CaseEvent>> events = awaitEvents(intake, caseId, 3);
            assertThat(events.stream().filter(event -> event.data() instanceof CaseWithdrawn)).hasSize(1);
        }
    }

    @Test
    void evenBeforeApprovalFulfillmentIsAskedBecauseASmallRefundMayAlreadyBeUnderWay() {
        String customer = newCustomer();
        try (TopicProbe intake = intakeTopic()) {
            UUID caseId = submitCase(customer, replicatedOrderOf(customer));
            // Diagnosis approved it by rule and fulfillment requested the refund; intake has not heard yet.
            FULFILLMENT.refuse("REFUND_PENDING");

            EntityExchangeResult<String> refused = post("/api/v1/cases/" + caseId + "/withdraw",
                    TestTokens.customer(customer), "{}");

            assertProblem(refused, 409);
            assertThat(json(refused).get("currentStatus").asString()).isEqualTo("REFUND_PENDING");
            assertThat(FULFILLMENT.received()).hasSize(1);
            assertThat(caseStatus(caseId)).isEqualTo("SUBMITTED");
            assertNothingPublishedBefore(intake, caseId, customer, 1);
        }
    }

    @Test
    void aRepeatedWithdrawalIsAnsweredFromTheKeyWithoutAskingAgain() {
        String customer = newCustomer();
        UUID caseId = submitCase(customer, replicatedOrderOf(customer));
        String token = TestTokens.customer(customer);

        EntityExchangeResult<String> first = post("/api/v1/cases/" + caseId + "/withdraw", token, "{}", "w-" + caseId);
        EntityExchangeResult<String> again = post("/api/v1/cases/" + caseId + "/withdraw", token, "{}", "w-" + caseId);

        assertThat(first.getStatus().value()).isEqualTo(200);
        assertThat(again.getStatus().value()).isEqualTo(200);
        assertThat(again.getResponseHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(FULFILLMENT.received()).hasSize(1);
    }

    @Test
    void aCaseIntakeKnowsHasMovedOrEndedIsRefusedWithoutAsking() {
        String customer = newCustomer();
        UUID caseId = submitCase(customer, replicatedOrderOf(customer));
        post("/api/v1/cases/" + caseId + "/withdraw", TestTokens.customer(customer), "{}");
        FULFILLMENT.reset();

        assertProblem(post("/api/v1/cases/" + caseId + "/withdraw", TestTokens.customer(customer), "{}"), 409);
        assertThat(FULFILLMENT.received()).isEmpty();
    }

    /** Files a request on line {@code -1} of the order and has an agent approve it. */
    private UUID approvedCase(String customer, OrderSnapshot order) {
        UUID caseId = submitCase(customer, order);
        EntityExchangeResult<String> reviewed = post("/api/v1/agent/cases/" + caseId + "/review", agentToken(),
                "{\"decision\": \"APPROVED\"}");
        assertThat(reviewed.getStatus().value()).as(reviewed.getResponseBody()).isEqualTo(200);
        return caseId;
    }

    /**
     * The case's events up to a message posted now are {@code before} earlier ones and the message: whatever the
     * failed withdrawal might have published would have come before the message.
     */
    private void assertNothingPublishedBefore(TopicProbe intake, UUID caseId, String customer, int before) {
        EntityExchangeResult<String> message = post("/api/v1/cases/" + caseId + "/messages",
                TestTokens.customer(customer), "{\"text\": \"Why not?\"}");
        assertThat(message.getStatus().value()).as(message.getResponseBody()).isEqualTo(201);
        List<EventEnvelope<CaseEvent>> events = awaitEvents(intake, caseId, before + 1);
        assertThat(events).hasSize(before + 1);
        assertThat(events.get(before).data()).isInstanceOf(MessagePosted.class);
        assertThat(events).noneMatch(event -> event.data() instanceof CaseWithdrawn);
    }

    private long caseStatusIs(UUID caseId, String status) {
        return db.sql("select count(*) as n from after_sales_case where case_id = :id and status = :status")
                .bind("id", caseId).bind("status", status)
                .map((row, meta) -> row.get("n", Long.class)).one().block(WAIT);
    }

    private static void lockRow(Connection connection, UUID caseId) {
        try (PreparedStatement statement = connection.prepareStatement(
                "select 1 from after_sales_case where case_id = ? for update")) {
            statement.setObject(1, caseId);
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
