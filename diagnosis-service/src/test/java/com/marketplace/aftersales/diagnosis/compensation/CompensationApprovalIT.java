package com.marketplace.aftersales.diagnosis.compensation;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.diagnosis.CompensationApproved;
import com.marketplace.aftersales.contracts.diagnosis.RemedyDecided;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.diagnosis.DiagnosisIntegrationTest;
import com.marketplace.aftersales.testsupport.PrometheusScrape;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

class CompensationApprovalIT extends DiagnosisIntegrationTest {

    private static final String PATH = "/api/v1/agent/cases/{caseId}/compensation/approval";
    private static final String APPROVE = "{\"approve\":true,\"note\":\"Visible defect, loyal customer\"}";
    private static final String REFUSE = "{\"approve\":false,\"note\":\"Offer an exchange instead\"}";

    @Test
    void aSupervisorApprovingDecidesTheCompensation() {
        UUID caseId = caseAwaitingSupervisor("35.00");

        EntityExchangeResult<String> response = decide(caseId, SUPERVISOR_TOKEN, null, APPROVE);

        assertStatus(response, 200);
        assertThat(response.getResponseBody()).isEqualTo("{\"caseId\":\"" + caseId + "\",\"approved\":true,"
                + "\"amount\":{\"amount\":\"35.00\",\"currency\":\"CNY\"},\"status\":\"REMEDY_DECIDED\"}");
        List<ConsumerRecord<String, byte[]>> records = awaitEvents(caseId, "CompensationApproved", "RemedyDecided");
        assertCloudEventHeaders(records, caseId);
        CompensationApproved approved = single(records, CompensationApproved.class);
        assertThat(approved.amount()).isEqualTo(Money.of("35.00", "CNY"));
        assertThat(approved.approvedByRole()).isEqualTo("SUPERVISOR");
        assertThat(approved.actor().id()).isEqualTo("supervisor-demo-1");
        assertThat(approved.actor().role()).isEqualTo(ActorRole.SUPERVISOR);
        RemedyDecided decided = single(records, RemedyDecided.class);
        assertThat(decided.remedy()).isEqualTo(Remedy.COMPENSATION);
        assertThat(decided.compensationAmount()).isEqualTo(Money.of("35.00", "CNY"));
        assertThat(outboxTypesOf(caseId)).containsExactly("CaseDiagnosed", "HandlerAssigned", "CaseDiagnosed",
                "CompensationApproved", "RemedyDecided");
        assertThat(decisionsOf(caseId)).last().isEqualTo("COMPENSATION_APPROVAL|APPROVED 35.00 CNY|"
                + "supervisor-demo-1|SUPERVISOR|Visible defect, loyal customer");
    }

    @Test
    void aRefusalPublishesNothingAndGivesTheCaseBackToItsHandler() {
        UUID caseId = caseAwaitingSupervisor("35.00");

        EntityExchangeResult<String> response = decide(caseId, SUPERVISOR_TOKEN, null, REFUSE);

        assertStatus(response, 200);
        assertThat(response.getResponseBody()).isEqualTo("{\"caseId\":\"" + caseId + "\",\"approved\":false,"
                + "\"status\":\"AWAITING_AGENT\"}");
        assertThat(statusOf(caseId)).isEqualTo("AWAITING_AGENT");
        assertThat(outboxTypesOf(caseId)).containsExactly("CaseDiagnosed", "HandlerAssigned", "CaseDiagnosed");
        assertThat(decisionsOf(caseId)).last().isEqualTo("COMPENSATION_APPROVAL|REFUSED 35.00 CNY|"
                + "supervisor-demo-1|SUPERVISOR|Offer an exchange instead");
        assertThat(PrometheusScrape.at(port)).containsPattern(
                "aftersales_diagnosis_compensation_decisions_total\\{[^}]*outcome=\"refused\"[^}]*role=\"SUPERVISOR\"");

        // The handler decides again: a smaller amount within their own limit.
        assertStatus(post("/api/v1/agent/cases/" + caseId + "/diagnosis", AGENT_TOKEN, null,
                "{\"category\":\"MISSING_PARTS\",\"remedy\":\"COMPENSATION\","
                        + "\"compensation\":{\"amount\":\"10.00\",\"currency\":\"CNY\"}}"), 200);
        RemedyDecided decided = single(awaitEvents(caseId, "CaseDiagnosed", "CompensationApproved", "RemedyDecided"),
                RemedyDecided.class);
        assertThat(decided.compensationAmount()).isEqualTo(Money.of("10.00", "CNY"));
    }

    @Test
    void onlyASupervisorMayDecideAndAnUnknownCaseIsNotFound() {
        UUID caseId = caseAwaitingSupervisor("25.00");

        assertProblem(decide(caseId, null, null, APPROVE), 401);
        assertProblem(decide(caseId, AGENT_TOKEN, null, APPROVE), 403);
        assertProblem(decide(caseId, CUSTOMER_TOKEN, null, APPROVE), 403);
        assertProblem(decide(caseId, MERCHANT_TOKEN, null, APPROVE), 403);
        assertProblem(decide(caseId, RISK_TOKEN, null, APPROVE), 403);
        assertProblem(decide(UUID.randomUUID(), SUPERVISOR_TOKEN, null, APPROVE), 404);
        assertThat(statusOf(caseId)).isEqualTo("AWAITING_SUPERVISOR");
    }

    @Test
    void noCompensationAwaitingApprovalIsAConflictNamingTheStatus() {
        UUID awaitingAgent = caseAwaitingAgent();
        UUID decided = caseWithRemedyDecided();

        EntityExchangeResult<String> nothingProposed = decide(awaitingAgent, SUPERVISOR_TOKEN, null, APPROVE);
        EntityExchangeResult<String> tooLate = decide(decided, SUPERVISOR_TOKEN, null, APPROVE);

        assertProblem(nothingProposed, 409);
        assertThat(json(nothingProposed).get("currentStatus").asString()).isEqualTo("AWAITING_AGENT");
        assertProblem(tooLate, 409);
        assertThat(json(tooLate).get("currentStatus").asString()).isEqualTo("REMEDY_DECIDED");
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerWithoutApprovingTwice() {
        UUID caseId = caseAwaitingSupervisor("30.00");
        String key = UUID.randomUUID().toString();

        EntityExchangeResult<String> first = decide(caseId, SUPERVISOR_TOKEN, key, APPROVE);
        EntityExchangeResult<String> retry = decide(caseId, SUPERVISOR_TOKEN, key, APPROVE);

        assertStatus(first, 200);
        assertThat(retry.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(retry.getResponseHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertProblem(decide(caseId, SUPERVISOR_TOKEN, key, REFUSE), 422);
        assertThat(outboxTypesOf(caseId)).containsExactly("CaseDiagnosed", "HandlerAssigned", "CaseDiagnosed",
                "CompensationApproved", "RemedyDecided");
    }

    @Test
    void badInputIsAProblemAndChangesNothing() {
        UUID caseId = caseAwaitingSupervisor("30.00");

        assertProblemNaming(decide(caseId, SUPERVISOR_TOKEN, null, "{\"approve\":\"yes\"}"), 400, "approve");
        assertProblemNaming(decide(caseId, SUPERVISOR_TOKEN, null, "{\"approve\":1}"), 400, "approve");
        assertProblemNaming(decide(caseId, SUPERVISOR_TOKEN, null, "{\"note\":\"no decision\"}"), 400, "approve");
        assertProblemNaming(decide(caseId, SUPERVISOR_TOKEN, null,
                "{\"approve\":true,\"note\":\"" + "x".repeat(1001) + "\"}"), 400, "note");
        assertBadInputRefused(PATH, caseId, SUPERVISOR_TOKEN, APPROVE);

        assertThat(statusOf(caseId)).isEqualTo("AWAITING_SUPERVISOR");
        assertThat(outboxTypesOf(caseId)).containsExactly("CaseDiagnosed", "HandlerAssigned", "CaseDiagnosed");
    }

    /** An agent proposed compensation above their limit (20.00): it waits for a supervisor. */
    private UUID caseAwaitingSupervisor(String amount) {
        UUID caseId = caseAwaitingAgent();
        assertStatus(post("/api/v1/agent/cases/" + caseId + "/diagnosis", AGENT_TOKEN, null,
                "{\"category\":\"MISSING_PARTS\",\"remedy\":\"COMPENSATION\",\"compensation\":{\"amount\":\""
                        + amount + "\",\"currency\":\"CNY\"}}"), 200);
        assertThat(statusOf(caseId)).isEqualTo("AWAITING_SUPERVISOR");
        return caseId;
    }

    private EntityExchangeResult<String> decide(UUID caseId, String token, String key, String body) {
        return post(PATH.replace("{caseId}", caseId.toString()), token, key, body);
    }
}
