package com.marketplace.aftersales.diagnosis.riskreview;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.diagnosis.MerchantVerificationRequested;
import com.marketplace.aftersales.contracts.diagnosis.RemedyDecided;
import com.marketplace.aftersales.contracts.diagnosis.RiskCleared;
import com.marketplace.aftersales.contracts.diagnosis.RiskFlagged;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.ServiceType;
import com.marketplace.aftersales.diagnosis.DiagnosisIntegrationTest;
import com.marketplace.aftersales.testsupport.PrometheusScrape;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.databind.JsonNode;

class RiskReviewIT extends DiagnosisIntegrationTest {

    private static final String QUEUE = "/api/v1/risk/cases";
    private static final String DECISION = "/api/v1/risk/cases/{caseId}/decision";
    private static final String CLEAR = "{\"decision\":\"CLEAR\",\"note\":\"Refunds were for a faulty batch\"}";
    private static final String BLOCK = "{\"decision\":\"BLOCK\",\"note\":\"Same photo as another customer\"}";

    @Test
    void evidenceFirstSubmittedWithAnotherCaseSendsTheCaseToTheRiskTeam() {
        String sha256 = randomSha256();
        UUID original = UUID.randomUUID();
        UUID copy = UUID.randomUUID();
        var first = submission(original, "customer-" + UUID.randomUUID(), ServiceType.REPAIR, "It stopped working",
                DEMO_MERCHANT, null, List.of(photo(sha256)));
        writer.publish(fromIntake(first));
        // Different keys, so different partitions: the original must be in before the copy is assessed.
        awaitStatus(original, "NEW");
        submitAndApprove(submission(copy, "customer-" + UUID.randomUUID(), ServiceType.RETURN_REFUND,
                "The speaker arrived broken", DEMO_MERCHANT, Money.of("99.00", "CNY"), List.of(photo(sha256))));

        List<ConsumerRecord<String, byte[]>> records = awaitEvents(copy, "CaseDiagnosed", "HandlerAssigned",
                "RiskFlagged");

        assertCloudEventHeaders(records, copy);
        RiskFlagged flagged = single(records, RiskFlagged.class);
        assertThat(flagged.reasons()).containsExactly("EVIDENCE_REUSED: evidence already submitted with "
                + first.serviceNo());
        assertThat(flagged.actor().role()).isEqualTo(ActorRole.SYSTEM);
        assertThat(statusOf(copy)).isEqualTo("RISK_REVIEW");
        assertThat(outboxTypesOf(copy)).containsExactly("CaseDiagnosed", "HandlerAssigned", "RiskFlagged");
        assertThat(PrometheusScrape.at(port))
                .containsPattern("aftersales_diagnosis_risk_flags_total\\{[^}]*reason=\"EVIDENCE_REUSED\"");
    }

    @Test
    void theQueueListsFlaggedCasesOldestFirstWithTheirReasons() {
        UUID older = caseUnderRiskReview(ServiceType.RETURN_REFUND, "The speaker arrived broken");
        UUID newer = caseUnderRiskReview(ServiceType.REFUND_ONLY, "The parcel was lost by the courier");

        List<String> listed = new ArrayList<>();
        for (int number = 0; number < 1_000; number++) {
            EntityExchangeResult<String> response = get(QUEUE + "?page=" + number + "&size=100", RISK_TOKEN);
            assertStatus(response, 200);
            JsonNode page = json(response);
            assertThat(page.get("page").asInt()).isEqualTo(number);
            assertThat(page.get("size").asInt()).isEqualTo(100);
            assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(2);
            if (page.get("items").isEmpty()) {
                break;
            }
            page.get("items").forEach(item -> listed.add(item.get("caseId").asString()));
        }

        assertThat(listed).contains(older.toString(), newer.toString()).doesNotHaveDuplicates();
        assertThat(listed.indexOf(older.toString())).isLessThan(listed.indexOf(newer.toString()));
        JsonNode item = findInQueue(older);
        assertThat(item.get("reasons").get(0).asString()).startsWith("EVIDENCE_REUSED: evidence already submitted");
        assertThat(item.get("serviceType").asString()).isEqualTo("RETURN_REFUND");
        assertThat(item.get("category").asString()).isEqualTo("QUALITY_DEFECT");
        assertThat(item.get("linePaid").get("amount").asString()).isEqualTo("129.00");
        assertThat(item.get("requestedAmount").get("amount").asString()).isEqualTo("99.00");
        assertThat(item.get("handlerId").asString()).startsWith("agent-demo-");
        assertThat(item.get("flaggedAt").asString()).isNotBlank();
        assertThat(json(get(QUEUE + "?size=1", RISK_TOKEN)).get("items")).hasSize(1);
        assertThat(json(get(QUEUE, RISK_TOKEN)).get("size").asInt()).isEqualTo(20);
    }

    @Test
    void clearingAQualityCaseResumesAutomaticHandlingWithTheMerchant() {
        UUID caseId = caseUnderRiskReview(ServiceType.RETURN_REFUND, "The speaker arrived broken");

        EntityExchangeResult<String> response = decide(caseId, RISK_TOKEN, null, CLEAR);

        assertStatus(response, 200);
        assertThat(response.getResponseBody()).isEqualTo("{\"caseId\":\"" + caseId + "\",\"decision\":\"CLEAR\","
                + "\"status\":\"AWAITING_MERCHANT\"}");
        List<ConsumerRecord<String, byte[]>> records = awaitEvents(caseId, "RiskCleared",
                "MerchantVerificationRequested");
        assertCloudEventHeaders(records, caseId);
        RiskCleared cleared = single(records, RiskCleared.class);
        assertThat(cleared.note()).isEqualTo("Refunds were for a faulty batch");
        assertThat(cleared.actor().id()).isEqualTo("risk-demo-1");
        assertThat(cleared.actor().role()).isEqualTo(ActorRole.RISK);
        assertThat(single(records, MerchantVerificationRequested.class).actor().role()).isEqualTo(ActorRole.SYSTEM);
        assertThat(findInQueueOrNull(caseId)).isNull();
        assertThat(decisionsOf(caseId)).containsExactly(
                "RISK_DECISION|CLEAR|risk-demo-1|RISK|Refunds were for a faulty batch");
    }

    @Test
    void clearingAnotherCategoryDecidesTheRemedy() {
        UUID caseId = caseUnderRiskReview(ServiceType.REFUND_ONLY, "The parcel was lost by the courier");

        assertStatus(decide(caseId, RISK_TOKEN, null, CLEAR), 200);

        RemedyDecided decided = single(awaitEvents(caseId, "RiskCleared", "RemedyDecided"), RemedyDecided.class);
        assertThat(decided.refundAmount()).isEqualTo(Money.of("99.00", "CNY"));
    }

    @Test
    void blockingEndsTheCaseForDiagnosisWithoutAnEvent() {
        UUID caseId = caseUnderRiskReview(ServiceType.RETURN_REFUND, "The speaker arrived broken");

        EntityExchangeResult<String> response = decide(caseId, RISK_TOKEN, null, BLOCK);

        assertStatus(response, 200);
        assertThat(json(response).get("status").asString()).isEqualTo("CLOSED");
        assertThat(statusOf(caseId)).isEqualTo("CLOSED");
        assertThat(outboxTypesOf(caseId)).containsExactly("CaseDiagnosed", "HandlerAssigned", "RiskFlagged");
        assertThat(decisionsOf(caseId)).containsExactly(
                "RISK_DECISION|BLOCK|risk-demo-1|RISK|Same photo as another customer");
        assertThat(findInQueueOrNull(caseId)).isNull();
        EntityExchangeResult<String> override = post("/api/v1/agent/cases/" + caseId + "/diagnosis", AGENT_TOKEN,
                null, "{\"category\":\"LOGISTICS\",\"remedy\":\"RESHIP\"}");
        assertProblem(override, 409);
        assertThat(json(override).get("currentStatus").asString()).isEqualTo("CLOSED");
        assertThat(PrometheusScrape.at(port))
                .containsPattern("aftersales_diagnosis_risk_decisions_total\\{[^}]*decision=\"BLOCK\"")
                .containsPattern("aftersales_diagnosis_cases_closed_total\\{[^}]*reason=\"RISK_BLOCKED\"");
    }

    @Test
    void aCaseNotUnderReviewIsAConflictNamingItsStatus() {
        UUID caseId = caseAwaitingMerchant(DEMO_MERCHANT, null);

        EntityExchangeResult<String> response = decide(caseId, RISK_TOKEN, null, CLEAR);

        assertProblem(response, 409);
        assertThat(json(response).get("currentStatus").asString()).isEqualTo("AWAITING_MERCHANT");
    }

    @Test
    void onlyTheRiskTeamSeesTheQueueAndDecides() {
        UUID caseId = caseUnderRiskReview(ServiceType.RETURN_REFUND, "The speaker arrived broken");

        for (String token : List.of(AGENT_TOKEN, SUPERVISOR_TOKEN, CUSTOMER_TOKEN, MERCHANT_TOKEN)) {
            assertProblem(get(QUEUE, token), 403);
            assertProblem(decide(caseId, token, null, CLEAR), 403);
        }
        assertProblem(client.get().uri(QUEUE).exchange().expectBody(String.class).returnResult(), 401);
        assertProblem(decide(caseId, null, null, CLEAR), 401);
        assertProblem(decide(UUID.randomUUID(), RISK_TOKEN, null, CLEAR), 404);
        assertThat(statusOf(caseId)).isEqualTo("RISK_REVIEW");
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerWithoutDecidingTwice() {
        UUID caseId = caseUnderRiskReview(ServiceType.RETURN_REFUND, "The speaker arrived broken");
        String key = UUID.randomUUID().toString();

        EntityExchangeResult<String> first = decide(caseId, RISK_TOKEN, key, CLEAR);
        EntityExchangeResult<String> retry = decide(caseId, RISK_TOKEN, key, CLEAR);

        assertStatus(first, 200);
        assertThat(retry.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(retry.getResponseHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertProblem(decide(caseId, RISK_TOKEN, key, BLOCK), 422);
        assertThat(outboxTypesOf(caseId)).containsExactly("CaseDiagnosed", "HandlerAssigned", "RiskFlagged",
                "RiskCleared", "MerchantVerificationRequested");
    }

    @Test
    void badPagingIsAProblemNamingTheParameter() {
        for (String query : List.of("page=-1", "page=abc", "page=10001", "size=0", "size=101", "size=-5",
                "size=1.5", "page=99999999999999999999")) {
            EntityExchangeResult<String> response = get(QUEUE + "?" + query, RISK_TOKEN);
            assertProblemNaming(response, 400, query.substring(0, query.indexOf('=')));
        }
    }

    @Test
    void badInputIsAProblemAndChangesNothing() {
        UUID caseId = caseUnderRiskReview(ServiceType.RETURN_REFUND, "The speaker arrived broken");

        assertProblemNaming(decide(caseId, RISK_TOKEN, null, "{\"decision\":\"CLEAR\"}"), 400, "note");
        assertProblemNaming(decide(caseId, RISK_TOKEN, null, "{\"decision\":\"MAYBE\",\"note\":\"x\"}"), 400,
                "decision");
        assertBadInputRefused(DECISION, caseId, RISK_TOKEN, CLEAR);

        assertThat(statusOf(caseId)).isEqualTo("RISK_REVIEW");
        assertThat(outboxTypesOf(caseId)).containsExactly("CaseDiagnosed", "HandlerAssigned", "RiskFlagged");
        assertThat(decisionsOf(caseId)).isEmpty();
    }

    private JsonNode findInQueue(UUID caseId) {
        JsonNode found = findInQueueOrNull(caseId);
        if (found == null) {
            throw new AssertionError("Case " + caseId + " is not in the risk queue");
        }
        return found;
    }

    private JsonNode findInQueueOrNull(UUID caseId) {
        for (int number = 0; number < 1_000; number++) {
            JsonNode items = json(get(QUEUE + "?page=" + number + "&size=100", RISK_TOKEN)).get("items");
            if (items.isEmpty()) {
                return null;
            }
            for (JsonNode item : items) {
                if (item.get("caseId").asString().equals(caseId.toString())) {
                    return item;
                }
            }
        }
        return null;
    }

    private EntityExchangeResult<String> decide(UUID caseId, String token, String key, String body) {
        return post(DECISION.replace("{caseId}", caseId.toString()), token, key, body);
    }
}
