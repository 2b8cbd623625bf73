package com.marketplace.aftersales.caseview;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.intake.ReviewDecision;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.testsupport.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.databind.JsonNode;

/** Who sees which case and list, and what a malformed request gets. */
class CaseAccessIT extends CaseViewIntegrationTest {

    @Test
    void theCustomerTheMerchantAndTheWarehouseOfACaseSeeItAndNobodyElse() {
        Events events = newCase();
        publishAll(events.submitted(), events.remedyDecided());
        awaitTimelineEntry(events.caseId(), "RemedyDecided");
        String path = "/api/v1/cases/" + events.caseId();

        assertThat(get(path, TestTokens.customer(events.customerId())).getStatus().value()).isEqualTo(200);
        assertThat(get(path, TestTokens.merchant("clerk-1", events.merchantId())).getStatus().value()).isEqualTo(200);
        assertThat(get(path, TestTokens.warehouse("clerk-2", events.warehouseId())).getStatus().value())
                .isEqualTo(200);
        assertThat(get(path, TestTokens.staff("finance-1", "FINANCE")).getStatus().value()).isEqualTo(200);

        assertNotFound(get(path, TestTokens.customer("someone-else")));
        assertNotFound(get(path, TestTokens.merchant("clerk-3", "another-merchant")));
        assertNotFound(get(path, TestTokens.warehouse("clerk-4", "another-warehouse")));
        assertNotFound(get(path, TestTokens.token(events.customerId(), List.of("MERCHANT"), "another-merchant",
                null)));
        assertNotFound(get(path + "/messages", TestTokens.customer("someone-else")));
        assertThat(get(path, null).getStatus().value()).isEqualTo(401);
    }

    @Test
    void aCaseThatDoesNotExistLooksLikeSomeoneElsesAndAMalformedIdIsABadRequest() {
        assertNotFound(get("/api/v1/cases/" + UUID.randomUUID(), AGENT));

        EntityExchangeResult<String> malformed = get("/api/v1/cases/not-a-case", AGENT);
        assertProblem(malformed, 400, "caseId");
    }

    @Test
    void aCustomerListsOwnCasesNewestFirstFilteredAndPaged() {
        Events older = newCase();
        Events newer = new Events(UUID.randomUUID(), older.customerId(), older.merchantId(), older.warehouseId());
        Events someoneElses = newCase();
        publish(older.submitted());
        awaitStatus(older.caseId(), "SUBMITTED");
        publishAll(newer.submitted(), newer.reviewed(ReviewDecision.APPROVED), someoneElses.submitted());
        awaitStatus(newer.caseId(), "APPROVED");
        awaitStatus(someoneElses.caseId(), "SUBMITTED");
        String customer = TestTokens.customer(older.customerId());

        JsonNode all = getJson("/api/v1/cases", customer);
        assertThat(ids(all)).containsExactly(newer.caseId().toString(), older.caseId().toString());
        assertThat(all.get("total").asLong()).isEqualTo(2);
        JsonNode item = all.get("items").get(0);
        assertThat(text(item, "serviceNo")).isEqualTo(newer.serviceNo());
        assertThat(text(item, "status")).isEqualTo("APPROVED");
        assertThat(text(item, "serviceType")).isEqualTo("RETURN_REFUND");
        assertThat(text(item, "updatedAt")).isNotNull();

        JsonNode secondPage = getJson("/api/v1/cases?page=1&size=1", customer);
        assertThat(ids(secondPage)).containsExactly(older.caseId().toString());
        assertThat(secondPage.get("page").asInt()).isEqualTo(1);
        assertThat(secondPage.get("size").asInt()).isEqualTo(1);
        assertThat(secondPage.get("total").asLong()).isEqualTo(2);

        assertThat(ids(getJson("/api/v1/cases?status=SUBMITTED", customer)))
                .containsExactly(older.caseId().toString());
    }

    @Test
    void badPagingOrAnUnknownStatusIsAProblemNamingEachParameter() {
        String customer = TestTokens.customer("customer-" + UUID.randomUUID());

        assertProblem(get("/api/v1/cases?size=0", customer), 400, "size");
        assertProblem(get("/api/v1/cases?size=101", customer), 400, "size");
        assertProblem(get("/api/v1/cases?page=-1", customer), 400, "page");
        assertProblem(get("/api/v1/cases?page=two", customer), 400, "page");
        assertProblem(get("/api/v1/cases?status=LOST", customer), 400, "status");
        assertProblem(get("/api/v1/agent/cases?queue=urgent", AGENT), 400, "queue");
        assertProblem(get("/api/v1/merchant/cases?size=1000", TestTokens.merchant("m", "merchant-x")), 400, "size");
    }

    @Test
    void merchantsListTheCasesOfTheirOrdersAndWarehousesTheReturnsComingToThem() {
        Events awaitingReturn = newCase();
        Events sameMerchantNoReturnYet = new Events(UUID.randomUUID(), "customer-" + UUID.randomUUID(),
                awaitingReturn.merchantId(), awaitingReturn.warehouseId());
        publishAll(awaitingReturn.submitted(), awaitingReturn.returnAuthorized(), sameMerchantNoReturnYet.submitted());
        awaitStatus(awaitingReturn.caseId(), "AWAITING_RETURN");
        awaitStatus(sameMerchantNoReturnYet.caseId(), "SUBMITTED");

        JsonNode merchantCases = getJson("/api/v1/merchant/cases",
                TestTokens.merchant("clerk", awaitingReturn.merchantId()));
        assertThat(ids(merchantCases)).containsExactlyInAnyOrder(awaitingReturn.caseId().toString(),
                sameMerchantNoReturnYet.caseId().toString());
        assertThat(ids(getJson("/api/v1/merchant/cases", TestTokens.merchant("clerk", "merchant-nobody"))))
                .isEmpty();

        JsonNode returns = getJson("/api/v1/warehouse/returns",
                TestTokens.warehouse("clerk", awaitingReturn.warehouseId()));
        assertThat(ids(returns)).containsExactly(awaitingReturn.caseId().toString());
        assertThat(text(returns.get("items").get(0), "orderLineId")).isEqualTo("line-1");

        assertThat(get("/api/v1/warehouse/returns", TestTokens.customer(awaitingReturn.customerId()))
                .getStatus().value()).isEqualTo(403);
    }

    @Test
    void agentQueuesShowReviewWorkOwnCasesAndEscalationsUntilAcknowledged() {
        Events toReview = newCase();
        Events handled = newCase();
        String agentId = "agent-" + UUID.randomUUID();
        publishAll(toReview.submitted(), handled.submitted(), handled.reviewed(ReviewDecision.APPROVED),
                handled.handlerAssigned(agentId, "Wang Fang"),
                handled.breached(SlaPolicy.QUALITY_PLAN, 1, Instant.now(), ActorRole.SUPERVISOR));
        awaitStatus(toReview.caseId(), "SUBMITTED");
        awaitTimelineEntry(handled.caseId(), "SlaBreached");
        String agent = TestTokens.staff(agentId, "AGENT");

        assertThat(ids(getJson("/api/v1/agent/cases?queue=review&size=100", agent)))
                .contains(toReview.caseId().toString()).doesNotContain(handled.caseId().toString());
        assertThat(ids(getJson("/api/v1/agent/cases?queue=mine", agent)))
                .containsExactly(handled.caseId().toString());

        JsonNode escalated = item(getJson("/api/v1/agent/cases?queue=escalated&size=100", agent), handled);
        JsonNode escalation = escalated.get("escalations").get(0);
        assertThat(text(escalation, "policy")).isEqualTo("quality-plan");
        assertThat(escalation.get("level").asInt()).isEqualTo(1);
        assertThat(text(escalation, "escalateTo")).isEqualTo("SUPERVISOR");

        String ack = "/api/v1/agent/escalations/" + text(escalation, "escalationId") + "/ack";
        assertThat(post(ack, TestTokens.customer(handled.customerId())).getStatus().value()).isEqualTo(403);
        EntityExchangeResult<String> acknowledged = post(ack, TestTokens.staff("supervisor-1", "SUPERVISOR"));
        assertThat(acknowledged.getStatus().value()).isEqualTo(200);
        assertThat(text(JSON.readTree(acknowledged.getResponseBody()), "acknowledgedBy")).isEqualTo("supervisor-1");
        EntityExchangeResult<String> again = post(ack, TestTokens.staff("supervisor-2", "SUPERVISOR"));
        assertThat(text(JSON.readTree(again.getResponseBody()), "acknowledgedBy"))
                .as("the first acknowledgement stands").isEqualTo("supervisor-1");

        assertThat(ids(getJson("/api/v1/agent/cases?queue=escalated&size=100", agent)))
                .doesNotContain(handled.caseId().toString());
        assertNotFound(post("/api/v1/agent/escalations/" + UUID.randomUUID() + "/ack", agent));
        assertThat(get("/api/v1/agent/cases", TestTokens.customer(handled.customerId())).getStatus().value())
                .isEqualTo(403);
    }

    @Test
    void theAtRiskListShowsOpenCasesPastTheirWarningOrDeadlineMostUrgentFirst() {
        Events warned = newCase();
        Events breached = newCase();
        Events onTime = newCase();
        Events closed = newCase();
        Instant now = Instant.now();
        publishAll(warned.submitted(), breached.submitted(), onTime.submitted(), closed.submitted(),
                warned.clockStarted(SlaPolicy.FIRST_RESPONSE, now.minus(Duration.ofMinutes(25)),
                        now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofMinutes(5))),
                breached.clockStarted(SlaPolicy.REFUND_PAID, now.minus(Duration.ofHours(25)),
                        now.minus(Duration.ofHours(5)), now.minus(Duration.ofHours(1))),
                breached.breached(SlaPolicy.REFUND_PAID, 1, now.minus(Duration.ofHours(1)), ActorRole.FINANCE),
                onTime.clockStarted(SlaPolicy.FIRST_RESPONSE, now, now.plus(Duration.ofMinutes(24)),
                        now.plus(Duration.ofMinutes(30))),
                closed.clockStarted(SlaPolicy.FIRST_RESPONSE, now.minus(Duration.ofHours(2)),
                        now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1))),
                closed.closed());
        awaitTimelineEntry(breached.caseId(), "SlaBreached");
        awaitTimelineEntry(warned.caseId(), "SlaClockStarted");
        awaitTimelineEntry(onTime.caseId(), "SlaClockStarted");
        awaitCase(closed.caseId(), body -> "CLOSED".equals(text(body, "status"))
                && types(body).contains("SlaClockStarted"));

        JsonNode atRisk = JSON.readTree(get("/api/v1/ops/sla/at-risk", TestTokens.staff("ops-1", "OPS_MANAGER"))
                .getResponseBody());
        List<JsonNode> ours = StreamSupport.stream(atRisk.spliterator(), false)
                .filter(row -> List.of(warned, breached, onTime, closed).stream()
                        .anyMatch(e -> e.caseId().toString().equals(text(row, "caseId"))))
                .toList();

        assertThat(ours).extracting(row -> text(row, "caseId"))
                .containsExactly(breached.caseId().toString(), warned.caseId().toString());
        assertThat(text(ours.get(0), "level")).isEqualTo("BREACHED");
        assertThat(text(ours.get(0), "policy")).isEqualTo("refund-paid");
        assertThat(text(ours.get(0), "serviceNo")).isEqualTo(breached.serviceNo());
        assertThat(text(ours.get(1), "level")).isEqualTo("WARNING");
        assertThat(text(ours.get(1), "status")).isEqualTo("SUBMITTED");
        assertThat(get("/api/v1/ops/sla/at-risk", AGENT).getStatus().value()).isEqualTo(403);
    }

    @Test
    void theConversationIsEveryMessageInOrder() {
        Events events = newCase();
        publishAll(events.submitted(), events.message(events.customer(), "The left earbud is silent"),
                events.message(Events.agent("agent-7"), "Could you send a photo of the serial number?"));
        awaitCase(events.caseId(), body -> types(body).stream().filter("MessagePosted"::equals).count() == 2);

        JsonNode conversation = getJson("/api/v1/cases/" + events.caseId() + "/messages",
                TestTokens.customer(events.customerId()));

        JsonNode messages = conversation.get("messages");
        assertThat(messages.size()).isEqualTo(2);
        assertThat(text(messages.get(0), "text")).isEqualTo("The left earbud is silent");
        assertThat(text(messages.get(0).get("author"), "role")).isEqualTo("CUSTOMER");
        assertThat(text(messages.get(1).get("author"), "id")).isEqualTo("agent-7");
    }

    private EntityExchangeResult<String> post(String path, String token) {
        return client.post().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange().expectBody(String.class).returnResult();
    }

    private static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false)
                .map(item -> text(item, "caseId")).toList();
    }

    private static JsonNode item(JsonNode page, Events events) {
        return StreamSupport.stream(page.get("items").spliterator(), false)
                .filter(item -> events.caseId().toString().equals(text(item, "caseId")))
                .findFirst().orElseThrow(() -> new AssertionError(events.caseId() + " not in " + page));
    }

    private static void assertNotFound(EntityExchangeResult<String> result) {
        assertThat(result.getStatus().value()).as(result.getResponseBody()).isEqualTo(404);
        assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static void assertProblem(EntityExchangeResult<String> result, int status, String field) {
        assertThat(result.getStatus().value()).as(result.getResponseBody()).isEqualTo(status);
        assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result.getResponseBody()).contains("\"field\":\"" + field + "\"");
    }
}
