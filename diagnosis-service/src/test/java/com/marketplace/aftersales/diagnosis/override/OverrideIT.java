package com.marketplace.aftersales.diagnosis.override;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.diagnosis.CaseDiagnosed;
import com.marketplace.aftersales.contracts.diagnosis.CompensationApproved;
import com.marketplace.aftersales.contracts.diagnosis.RemedyDecided;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.Channel;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.ProblemCategory;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.diagnosis.DiagnosisIntegrationTest;
import com.marketplace.aftersales.testsupport.PrometheusScrape;
import com.marketplace.aftersales.testsupport.TestTokens;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

class OverrideIT extends DiagnosisIntegrationTest {

    private static final String PATH = "/api/v1/agent/cases/{caseId}/diagnosis";
    private static final String RESHIP = "{\"category\":\"LOGISTICS\",\"remedy\":\"RESHIP\","
            + "\"note\":\"The carrier lost it\"}";

    @Test
    void anAgentMovingAQualityClaimAwayFromTheMerchantDecidesTheRemedy() {
        UUID caseId = caseAwaitingMerchant(DEMO_MERCHANT, null);

        EntityExchangeResult<String> response = override(caseId, AGENT_TOKEN, null, RESHIP);

        assertStatus(response, 200);
        assertThat(response.getResponseBody()).isEqualTo("{\"caseId\":\"" + caseId + "\",\"category\":\"LOGISTICS\","
                + "\"remedy\":\"RESHIP\",\"status\":\"REMEDY_DECIDED\"}");
        List<ConsumerRecord<String, byte[]>> records = awaitEvents(caseId, "CaseDiagnosed", "RemedyDecided");
        assertCloudEventHeaders(records, caseId);
        assertThat(typesOf(records)).containsExactly("CaseDiagnosed", "HandlerAssigned",
                "MerchantVerificationRequested", "CaseDiagnosed", "RemedyDecided");
        CaseDiagnosed overridden = data(records.get(3), CaseDiagnosed.class);
        assertThat(overridden.category()).isEqualTo(ProblemCategory.LOGISTICS);
        assertThat(overridden.proposedRemedy()).isEqualTo(Remedy.RESHIP);
        assertThat(overridden.note()).isEqualTo("Overridden by agent agent-demo-1: The carrier lost it");
        assertThat(overridden.actor().id()).isEqualTo("agent-demo-1");
        assertThat(overridden.actor().role()).isEqualTo(ActorRole.AGENT);
        assertThat(overridden.actor().channel()).isEqualTo(Channel.STAFF_CONSOLE);
        RemedyDecided decided = data(records.get(4), RemedyDecided.class);
        assertThat(decided.remedy()).isEqualTo(Remedy.RESHIP);
        assertThat(decided.returnRequired()).isFalse();
        assertThat(statusOf(caseId)).isEqualTo("REMEDY_DECIDED");
        assertThat(decisionsOf(caseId)).containsExactly(
                "OVERRIDE|LOGISTICS / RESHIP -> REMEDY_DECIDED|agent-demo-1|AGENT|The carrier lost it");
        // The merchant's answer comes too late now.
        assertProblem(post("/api/v1/merchant/cases/" + caseId + "/response", MERCHANT_TOKEN, null,
                "{\"decision\":\"ACCEPT\"}"), 409);
    }

    @Test
    void compensationWithinTheAgentsLimitIsApprovedByTheAgentAndDecided() {
        UUID caseId = caseAwaitingAgent();

        EntityExchangeResult<String> response = override(caseId, AGENT_TOKEN, null, compensation("20.00"));

        assertStatus(response, 200);
        assertThat(json(response).get("status").asString()).isEqualTo("REMEDY_DECIDED");
        assertThat(json(response).get("amount").get("amount").asString()).isEqualTo("20.00");
        List<ConsumerRecord<String, byte[]>> records = awaitEvents(caseId, "CaseDiagnosed", "CompensationApproved",
                "RemedyDecided");
        assertCloudEventHeaders(records, caseId);
        CompensationApproved approved = single(records, CompensationApproved.class);
        assertThat(approved.amount()).isEqualTo(Money.of("20.00", "CNY"));
        assertThat(approved.approvedByRole()).isEqualTo("AGENT");
        assertThat(approved.actor().id()).isEqualTo("agent-demo-1");
        RemedyDecided decided = single(records, RemedyDecided.class);
        assertThat(decided.remedy()).isEqualTo(Remedy.COMPENSATION);
        assertThat(decided.compensationAmount()).isEqualTo(Money.of("20.00", "CNY"));
        assertThat(decided.refundAmount()).isNull();
        assertThat(decided.linePaid()).isEqualTo(LINE_PAID);
        assertThat(PrometheusScrape.at(port))
                .containsPattern("aftersales_diagnosis_overrides_total\\{[^}]*remedy=\"COMPENSATION\"")
                .containsPattern("aftersales_diagnosis_compensation_decisions_total\\{[^}]*outcome=\"approved\""
                        + "[^}]*role=\"AGENT\"");
    }

    @Test
    void compensationAboveTheAgentsLimitWaitsForASupervisor() {
        UUID caseId = caseAwaitingAgent();

        EntityExchangeResult<String> response = override(caseId, AGENT_TOKEN, null, compensation("20.01"));

        assertStatus(response, 200);
        assertThat(json(response).get("status").asString()).isEqualTo("AWAITING_SUPERVISOR");
        awaitEvents(caseId, "CaseDiagnosed", "HandlerAssigned", "CaseDiagnosed");
        assertThat(outboxTypesOf(caseId)).containsExactly("CaseDiagnosed", "HandlerAssigned", "CaseDiagnosed");
        assertThat(statusOf(caseId)).isEqualTo("AWAITING_SUPERVISOR");
    }

    @Test
    void compensationAboveTheCapIsUnprocessableNamingTheFieldAndChangesNothing() {
        UUID caseId = caseAwaitingAgent();

        // 30 % of 129.00 is 38.70; even a supervisor may not approve more.
        EntityExchangeResult<String> response = override(caseId, SUPERVISOR_TOKEN, null, compensation("38.71"));
        EntityExchangeResult<String> currency = override(caseId, SUPERVISOR_TOKEN, null,
                "{\"category\":\"MISSING_PARTS\",\"remedy\":\"COMPENSATION\","
                        + "\"compensation\":{\"amount\":\"5.00\",\"currency\":\"USD\"}}");

        assertProblemNaming(response, 422, "compensation.amount");
        assertThat(json(response).get("detail").asString()).contains("38.70 CNY");
        assertProblemNaming(currency, 422, "compensation.currency");
        assertThat(statusOf(caseId)).isEqualTo("AWAITING_AGENT");
        assertThat(outboxTypesOf(caseId)).containsExactly("CaseDiagnosed", "HandlerAssigned");
        assertThat(decisionsOf(caseId)).isEmpty();
    }

    @Test
    void aCaseWhoseRemedyIsDecidedOrNotYetApprovedIsAConflictNamingItsStatus() {
        UUID decided = caseWithRemedyDecided();
        UUID notApproved = caseNotYetApproved();

        EntityExchangeResult<String> late = override(decided, AGENT_TOKEN, null, RESHIP);
        EntityExchangeResult<String> early = override(notApproved, AGENT_TOKEN, null, RESHIP);

        assertProblem(late, 409);
        assertThat(json(late).get("currentStatus").asString()).isEqualTo("REMEDY_DECIDED");
        assertProblem(early, 409);
        assertThat(json(early).get("currentStatus").asString()).isEqualTo("NEW");
        assertThat(outboxTypesOf(decided)).containsExactly("CaseDiagnosed", "HandlerAssigned", "RemedyDecided");
        assertThat(outboxTypesOf(notApproved)).isEmpty();
    }

    @Test
    void onlyAgentsAndSupervisorsMayOverrideAndAnUnknownCaseIsNotFound() {
        UUID caseId = caseAwaitingMerchant(DEMO_MERCHANT, null);

        assertProblem(override(caseId, null, null, RESHIP), 401);
        assertProblem(override(caseId, CUSTOMER_TOKEN, null, RESHIP), 403);
        assertProblem(override(caseId, MERCHANT_TOKEN, null, RESHIP), 403);
        assertProblem(override(caseId, RISK_TOKEN, null, RESHIP), 403);
        assertProblem(override(caseId, TestTokens.staff("ops-1", "OPS_MANAGER"), null, RESHIP), 403);
        assertProblem(override(UUID.randomUUID(), AGENT_TOKEN, null, RESHIP), 404);
        assertThat(statusOf(caseId)).isEqualTo("AWAITING_MERCHANT");
        assertThat(outboxTypesOf(caseId)).containsExactly("CaseDiagnosed", "HandlerAssigned",
                "MerchantVerificationRequested");
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndAnotherBodyIsRefused() {
        UUID caseId = caseAwaitingMerchant(DEMO_MERCHANT, null);
        String key = UUID.randomUUID().toString();

        EntityExchangeResult<String> first = override(caseId, AGENT_TOKEN, key, RESHIP);
        EntityExchangeResult<String> retry = override(caseId, AGENT_TOKEN, key, RESHIP);
        EntityExchangeResult<String> other = override(caseId, AGENT_TOKEN, key,
                "{\"category\":\"LOGISTICS\",\"remedy\":\"REFUND_ONLY\"}");

        assertStatus(first, 200);
        assertStatus(retry, 200);
        assertThat(retry.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(retry.getResponseHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertProblem(other, 422);
        assertThat(outboxTypesOf(caseId)).containsExactly("CaseDiagnosed", "HandlerAssigned",
                "MerchantVerificationRequested", "CaseDiagnosed", "RemedyDecided");
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndChangesNothing() {
        UUID caseId = caseAwaitingAgent();

        assertProblemNaming(override(caseId, AGENT_TOKEN, null,
                "{\"category\":\"MISSING_PARTS\",\"remedy\":\"COMPENSATION\"}"), 400, "compensation");
        assertProblemNaming(override(caseId, AGENT_TOKEN, null, "{\"category\":\"LOGISTICS\",\"remedy\":\"RESHIP\","
                + "\"compensation\":{\"amount\":\"5.00\",\"currency\":\"CNY\"}}"), 400, "compensation");
        assertProblemNaming(override(caseId, AGENT_TOKEN, null,
                "{\"category\":\"MISSING_PARTS\",\"remedy\":\"PARTIAL_REFUND\"}"), 400, "refundAmount");
        assertProblemNaming(override(caseId, AGENT_TOKEN, null, "{\"category\":\"UNKNOWN\",\"remedy\":\"RESHIP\"}"),
                400, "category");
        assertProblemNaming(override(caseId, AGENT_TOKEN, null, "{\"category\":\"LOGISTICS\",\"remedy\":\"UNKNOWN\"}"),
                400, "remedy");
        for (String amount : List.of("\"-5.00\"", "\"0.00\"", "\"5.001\"", "\"1e3\"", "5.00", "\"\"", "\"abc\"",
                "\"99999999999.00\"")) {
            assertProblemNaming(override(caseId, AGENT_TOKEN, null, "{\"category\":\"MISSING_PARTS\","
                    + "\"remedy\":\"COMPENSATION\",\"compensation\":{\"amount\":" + amount + ",\"currency\":\"CNY\"}}"),
                    400, "compensation.amount");
        }
        assertProblemNaming(override(caseId, AGENT_TOKEN, null, "{\"category\":\"MISSING_PARTS\","
                + "\"remedy\":\"COMPENSATION\",\"compensation\":{\"amount\":\"5.00\",\"currency\":\"cny\"}}"),
                400, "compensation.currency");
        assertProblemNaming(override(caseId, AGENT_TOKEN, null, "{\"category\":\"LOGISTICS\",\"remedy\":\"RESHIP\","
                + "\"note\":\"" + "x".repeat(1001) + "\"}"), 400, "note");
        assertBadInputRefused(PATH, caseId, AGENT_TOKEN, RESHIP);

        assertThat(statusOf(caseId)).isEqualTo("AWAITING_AGENT");
        assertThat(outboxTypesOf(caseId)).containsExactly("CaseDiagnosed", "HandlerAssigned");
        assertThat(decisionsOf(caseId)).isEmpty();
    }

    private static String compensation(String amount) {
        return "{\"category\":\"MISSING_PARTS\",\"remedy\":\"COMPENSATION\",\"compensation\":{\"amount\":\""
                + amount + "\",\"currency\":\"CNY\"},\"note\":\"agreed with the customer\"}";
    }

    private EntityExchangeResult<String> override(UUID caseId, String token, String key, String body) {
        return post(PATH.replace("{caseId}", caseId.toString()), token, key, body);
    }
}
