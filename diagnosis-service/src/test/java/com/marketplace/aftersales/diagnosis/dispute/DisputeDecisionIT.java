package com.marketplace.aftersales.diagnosis.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.diagnosis.CompensationApproved;
import com.marketplace.aftersales.contracts.diagnosis.DisputeDecided;
import com.marketplace.aftersales.contracts.diagnosis.DisputeOutcome;
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

class DisputeDecisionIT extends DiagnosisIntegrationTest {

    private static final String PATH = "/api/v1/agent/cases/{caseId}/dispute/decision";
    private static final String FOR_CUSTOMER = "{\"outcome\":\"CUSTOMER\",\"note\":\"Photos show the defect\"}";

    @Test
    void forTheCustomerTheProposedRemedyIsDecided() {
        UUID caseId = caseInDispute(Money.of("99.00", "CNY"));

        EntityExchangeResult<String> response = decide(caseId, AGENT_TOKEN, null, FOR_CUSTOMER);

        assertStatus(response, 200);
        assertThat(response.getResponseBody()).isEqualTo("{\"caseId\":\"" + caseId + "\",\"outcome\":\"CUSTOMER\","
                + "\"remedy\":\"RETURN_REFUND\",\"status\":\"REMEDY_DECIDED\"}");
        List<ConsumerRecord<String, byte[]>> records = awaitEvents(caseId, "DisputeDecided", "RemedyDecided");
        assertCloudEventHeaders(records, caseId);
        DisputeDecided decided = single(records, DisputeDecided.class);
        assertThat(decided.outcome()).isEqualTo(DisputeOutcome.CUSTOMER);
        assertThat(decided.advancePayout()).isNull();
        assertThat(decided.note()).isEqualTo("Photos show the defect");
        assertThat(decided.actor().role()).isEqualTo(ActorRole.AGENT);
        RemedyDecided remedy = single(records, RemedyDecided.class);
        assertThat(remedy.remedy()).isEqualTo(Remedy.RETURN_REFUND);
        assertThat(remedy.refundAmount()).isEqualTo(Money.of("99.00", "CNY"));
        assertThat(remedy.returnRequired()).isTrue();
        assertThat(remedy.warehouseId()).isEqualTo("warehouse-demo-1");
        assertThat(decisionsOf(caseId)).containsExactly(
                "DISPUTE_DECISION|CUSTOMER -> REMEDY_DECIDED|agent-demo-1|AGENT|Photos show the defect");
    }

    @Test
    void anAdvancePayoutIsPaidAsCompensationApprovedByTheAgentWithinTheirLimit() {
        UUID caseId = caseInDispute(null);

        EntityExchangeResult<String> response = decide(caseId, AGENT_TOKEN, null, "{\"outcome\":\"CUSTOMER\","
                + "\"advancePayout\":{\"amount\":\"18.00\",\"currency\":\"CNY\"},\"note\":\"Merchant unreachable\"}");

        assertStatus(response, 200);
        assertThat(json(response).get("remedy").asString()).isEqualTo("COMPENSATION");
        List<ConsumerRecord<String, byte[]>> records = awaitEvents(caseId, "DisputeDecided", "CompensationApproved",
                "RemedyDecided");
        assertThat(single(records, DisputeDecided.class).advancePayout()).isEqualTo(Money.of("18.00", "CNY"));
        assertThat(single(records, CompensationApproved.class).approvedByRole()).isEqualTo("AGENT");
        RemedyDecided remedy = single(records, RemedyDecided.class);
        assertThat(remedy.remedy()).isEqualTo(Remedy.COMPENSATION);
        assertThat(remedy.compensationAmount()).isEqualTo(Money.of("18.00", "CNY"));
        assertThat(remedy.refundAmount()).isNull();
        assertThat(remedy.returnRequired()).isFalse();
        assertThat(PrometheusScrape.at(port)).containsPattern(
                "aftersales_diagnosis_disputes_decided_total\\{[^}]*advancePayout=\"true\"[^}]*outcome=\"CUSTOMER\"");
    }

    @Test
    void anAdvancePayoutAboveTheAgentsLimitWaitsForASupervisorAndAboveTheLinePaidIsRefused() {
        UUID caseId = caseInDispute(null);

        EntityExchangeResult<String> tooMuch = decide(caseId, SUPERVISOR_TOKEN, null, "{\"outcome\":\"CUSTOMER\","
                + "\"advancePayout\":{\"amount\":\"129.01\",\"currency\":\"CNY\"},\"note\":\"pay it all\"}");
        assertProblemNaming(tooMuch, 422, "advancePayout.amount");
        assertThat(statusOf(caseId)).isEqualTo("IN_DISPUTE");

        EntityExchangeResult<String> response = decide(caseId, AGENT_TOKEN, null, "{\"outcome\":\"CUSTOMER\","
                + "\"advancePayout\":{\"amount\":\"129.00\",\"currency\":\"CNY\"},\"note\":\"pay it all\"}");
        assertStatus(response, 200);
        assertThat(json(response).get("status").asString()).isEqualTo("AWAITING_SUPERVISOR");
        assertThat(json(response).has("remedy")).isFalse();
        assertStatus(post("/api/v1/agent/cases/" + caseId + "/compensation/approval", SUPERVISOR_TOKEN, null,
                "{\"approve\":true}"), 200);
        RemedyDecided remedy = single(awaitEvents(caseId, "DisputeDecided", "CompensationApproved", "RemedyDecided"),
                RemedyDecided.class);
        assertThat(remedy.compensationAmount()).isEqualTo(LINE_PAID);
    }

    @Test
    void aSplitDecidesAPartialRefundOfTheNamedAmountOrHalfTheRefundAskedFor() {
        UUID named = caseInDispute(Money.of("99.00", "CNY"));
        UUID byShare = caseInDispute(Money.of("99.00", "CNY"));

        EntityExchangeResult<String> response = decide(named, AGENT_TOKEN, null, "{\"outcome\":\"SPLIT\","
                + "\"refundAmount\":{\"amount\":\"40.00\",\"currency\":\"CNY\"},\"note\":\"Shared blame\"}");
        decide(byShare, AGENT_TOKEN, null, "{\"outcome\":\"SPLIT\",\"note\":\"Shared blame\"}");

        assertThat(response.getResponseBody()).isEqualTo("{\"caseId\":\"" + named + "\",\"outcome\":\"SPLIT\","
                + "\"remedy\":\"PARTIAL_REFUND\",\"amount\":{\"amount\":\"40.00\",\"currency\":\"CNY\"},"
                + "\"status\":\"REMEDY_DECIDED\"}");
        RemedyDecided partial = single(awaitEvents(named, "DisputeDecided", "RemedyDecided"), RemedyDecided.class);
        assertThat(partial.remedy()).isEqualTo(Remedy.PARTIAL_REFUND);
        assertThat(partial.refundAmount()).isEqualTo(Money.of("40.00", "CNY"));
        assertThat(partial.returnRequired()).isFalse();
        RemedyDecided half = single(awaitEvents(byShare, "DisputeDecided", "RemedyDecided"), RemedyDecided.class);
        assertThat(half.refundAmount()).isEqualTo(Money.of("49.50", "CNY"));
    }

    @Test
    void forTheMerchantTheRequestIsRefusedAndTheCaseEndsWithTheDecision() {
        UUID caseId = caseInDispute(null);

        EntityExchangeResult<String> response = decide(caseId, SUPERVISOR_TOKEN, null,
                "{\"outcome\":\"MERCHANT\",\"note\":\"Water damage by the customer\"}");

        assertStatus(response, 200);
        assertThat(response.getResponseBody()).isEqualTo("{\"caseId\":\"" + caseId + "\",\"outcome\":\"MERCHANT\","
                + "\"status\":\"CLOSED\"}");
        List<ConsumerRecord<String, byte[]>> records = awaitEvents(caseId, "DisputeDecided");
        assertThat(single(records, DisputeDecided.class).outcome()).isEqualTo(DisputeOutcome.MERCHANT);
        assertThat(outboxTypesOf(caseId)).containsExactly("CaseDiagnosed", "HandlerAssigned",
                "MerchantVerificationRequested", "MerchantResponded", "CaseDisputed", "DisputeDecided");
        assertThat(statusOf(caseId)).isEqualTo("CLOSED");
        EntityExchangeResult<String> again = decide(caseId, AGENT_TOKEN, null, FOR_CUSTOMER);
        assertProblem(again, 409);
        assertThat(json(again).get("currentStatus").asString()).isEqualTo("CLOSED");
    }

    @Test
    void aCaseNotInDisputeIsAConflictNamingItsStatus() {
        UUID caseId = caseAwaitingMerchant(DEMO_MERCHANT, null);

        EntityExchangeResult<String> response = decide(caseId, AGENT_TOKEN, null, FOR_CUSTOMER);

        assertProblem(response, 409);
        assertThat(json(response).get("currentStatus").asString()).isEqualTo("AWAITING_MERCHANT");
    }

    @Test
    void onlyAgentsAndSupervisorsArbitrateAndAnUnknownCaseIsNotFound() {
        UUID caseId = caseInDispute(null);

        assertProblem(decide(caseId, null, null, FOR_CUSTOMER), 401);
        assertProblem(decide(caseId, CUSTOMER_TOKEN, null, FOR_CUSTOMER), 403);
        assertProblem(decide(caseId, MERCHANT_TOKEN, null, FOR_CUSTOMER), 403);
        assertProblem(decide(caseId, RISK_TOKEN, null, FOR_CUSTOMER), 403);
        assertProblem(decide(UUID.randomUUID(), AGENT_TOKEN, null, FOR_CUSTOMER), 404);
        assertThat(statusOf(caseId)).isEqualTo("IN_DISPUTE");
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerWithoutDecidingTwice() {
        UUID caseId = caseInDispute(null);
        String key = UUID.randomUUID().toString();

        EntityExchangeResult<String> first = decide(caseId, AGENT_TOKEN, key, FOR_CUSTOMER);
        EntityExchangeResult<String> retry = decide(caseId, AGENT_TOKEN, key, FOR_CUSTOMER);

        assertStatus(first, 200);
        assertThat(retry.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(retry.getResponseHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(outboxTypesOf(caseId)).containsExactly("CaseDiagnosed", "HandlerAssigned",
                "MerchantVerificationRequested", "MerchantResponded", "CaseDisputed", "DisputeDecided",
                "RemedyDecided");
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndChangesNothing() {
        UUID caseId = caseInDispute(null);

        assertProblemNaming(decide(caseId, AGENT_TOKEN, null, "{\"outcome\":\"CUSTOMER\"}"), 400, "note");
        assertProblemNaming(decide(caseId, AGENT_TOKEN, null, "{\"outcome\":\"CUSTOMER\",\"note\":\" \"}"), 400,
                "note");
        assertProblemNaming(decide(caseId, AGENT_TOKEN, null, "{\"outcome\":\"UNKNOWN\",\"note\":\"x\"}"), 400,
                "outcome");
        assertProblemNaming(decide(caseId, AGENT_TOKEN, null, "{\"outcome\":\"MERCHANT\",\"note\":\"x\","
                + "\"advancePayout\":{\"amount\":\"5.00\",\"currency\":\"CNY\"}}"), 400, "advancePayout");
        assertProblemNaming(decide(caseId, AGENT_TOKEN, null, "{\"outcome\":\"CUSTOMER\",\"note\":\"x\","
                + "\"refundAmount\":{\"amount\":\"5.00\",\"currency\":\"CNY\"}}"), 400, "refundAmount");
        assertProblemNaming(decide(caseId, AGENT_TOKEN, null, "{\"outcome\":\"SPLIT\",\"note\":\"x\","
                + "\"refundAmount\":{\"amount\":\"-5.00\",\"currency\":\"CNY\"}}"), 400, "refundAmount.amount");
        assertProblemNaming(decide(caseId, AGENT_TOKEN, null, "{\"outcome\":\"SPLIT\",\"note\":\"x\","
                + "\"refundAmount\":{\"amount\":\"5.00\"}}"), 400, "refundAmount.currency");
        assertBadInputRefused(PATH, caseId, AGENT_TOKEN, FOR_CUSTOMER);

        assertThat(statusOf(caseId)).isEqualTo("IN_DISPUTE");
        assertThat(outboxTypesOf(caseId)).containsExactly("CaseDiagnosed", "HandlerAssigned",
                "MerchantVerificationRequested", "MerchantResponded", "CaseDisputed");
        assertThat(decisionsOf(caseId)).isEmpty();
    }

    private EntityExchangeResult<String> decide(UUID caseId, String token, String key, String body) {
        return post(PATH.replace("{caseId}", caseId.toString()), token, key, body);
    }
}
