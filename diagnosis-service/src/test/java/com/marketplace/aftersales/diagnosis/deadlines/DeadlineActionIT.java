package com.marketplace.aftersales.diagnosis.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.testsupport.PrometheusScrape;
import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.diagnosis.MerchantDecision;
import com.marketplace.aftersales.contracts.diagnosis.MerchantResponded;
import com.marketplace.aftersales.contracts.diagnosis.PriorityChanged;
import com.marketplace.aftersales.contracts.diagnosis.RemedyDecided;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Priority;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.sla.DeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaDeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.contracts.status.CaseStatus;
import com.marketplace.aftersales.diagnosis.DiagnosisIntegrationTest;
import com.marketplace.aftersales.testsupport.TestTokens;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Deadline actions of the sla-monitor. To show an action did nothing, a later action of the same case (same topic,
 * same key, so same partition) raises the priority: once its event is out, everything before it was processed.
 */
class DeadlineActionIT extends DiagnosisIntegrationTest {

    @Value("${local.server.port}")
    int serverPort;

    @Test
    void aSilentMerchantIsAcceptedForOnceEvenIfTheActionComesTwiceUnderNewEventIds() {
        // Above the instant-refund threshold, so the case goes to the merchant.
        UUID caseId = caseAwaitingMerchant(DEMO_MERCHANT, Money.of("65.00", "CNY"));
        SlaDeadlineAction autoAccept = deadlineAction(caseId, DeadlineAction.AUTO_ACCEPT, SlaPolicy.MERCHANT_RESPONSE,
                CaseStatus.AWAITING_MERCHANT);
        EventEnvelope<SlaDeadlineAction> first = fromSlaMonitor(autoAccept);
        EventEnvelope<SlaDeadlineAction> reEmitted = fromSlaMonitor(autoAccept);

        writer.publish(first);
        writer.publish(reEmitted);
        // fulfillment's action on the same case: not diagnosis' to take.
        writer.publish(fromSlaMonitor(deadlineAction(caseId, DeadlineAction.ABANDON, SlaPolicy.CUSTOMER_SHIPS_RETURN,
                CaseStatus.AWAITING_RETURN)));
        EventEnvelope<SlaDeadlineAction> fence = fromSlaMonitor(raisePriority(caseId));
        writer.publish(fence);

        List<ConsumerRecord<String, byte[]>> records = awaitEvents(caseId, "MerchantResponded", "RemedyDecided",
                "PriorityChanged");
        MerchantResponded responded = single(records, MerchantResponded.class);
        assertThat(responded.decision()).isEqualTo(MerchantDecision.ACCEPT);
        assertThat(responded.byDeadline()).isTrue();
        assertThat(responded.reason()).isEqualTo("no response within the deadline");
        assertThat(responded.actor().role()).isEqualTo(ActorRole.SYSTEM);
        RemedyDecided decided = single(records, RemedyDecided.class);
        assertThat(decided.remedy()).isEqualTo(Remedy.RETURN_REFUND);
        assertThat(decided.refundAmount()).isEqualTo(Money.of("65.00", "CNY"));
        assertThat(decided.warehouseId()).isEqualTo("warehouse-demo-1");
        assertThat(single(records, PriorityChanged.class).priority()).isEqualTo(Priority.HIGH);
        assertThat(outboxTypesOf(caseId)).containsExactly("CaseDiagnosed", "HandlerAssigned",
                "MerchantVerificationRequested", "MerchantResponded", "RemedyDecided", "PriorityChanged");
        assertThat(recordedActions(caseId)).containsExactlyInAnyOrder(
                autoAccept.actionId() + "|AUTO_ACCEPT|APPLIED|" + first.id(),
                fence.data().actionId() + "|RAISE_PRIORITY|APPLIED|" + fence.id());
    }

    @Test
    void aDeadlineThatPassesAfterTheMerchantAnsweredChangesNothing() {
        UUID caseId = caseAwaitingMerchant(DEMO_MERCHANT, null);
        int accepted = client.post().uri("/api/v1/merchant/cases/{id}/response", caseId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.merchant("merchant-user-1", DEMO_MERCHANT))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"decision\":\"ACCEPT\"}")
                .exchange().expectBody(String.class).returnResult().getStatus().value();
        assertThat(accepted).isEqualTo(200);
        awaitEvents(caseId, "MerchantResponded", "RemedyDecided");
        SlaDeadlineAction autoAccept = deadlineAction(caseId, DeadlineAction.AUTO_ACCEPT, SlaPolicy.MERCHANT_RESPONSE,
                CaseStatus.AWAITING_MERCHANT);

        writer.publish(fromSlaMonitor(autoAccept));
        writer.publish(fromSlaMonitor(raisePriority(caseId)));

        List<ConsumerRecord<String, byte[]>> records = awaitEvents(caseId, "PriorityChanged");
        assertThat(single(records, MerchantResponded.class).byDeadline()).isFalse();
        assertThat(outboxTypesOf(caseId)).containsExactly("CaseDiagnosed", "HandlerAssigned",
                "MerchantVerificationRequested", "MerchantResponded", "RemedyDecided", "PriorityChanged");
        assertThat(db.sql("select outcome, detail from deadline_action where action_id = :id")
                .bind("id", autoAccept.actionId())
                .map((row, meta) -> row.get("outcome", String.class) + ": " + row.get("detail", String.class))
                .one().block())
                .isEqualTo("SKIPPED: the case is REMEDY_DECIDED, no longer awaiting the merchant");
    }

    @Test
    void theMetricsTheDashboardsQueryAreExposed() {
        UUID caseId = caseAwaitingMerchant(DEMO_MERCHANT, null);
        SlaDeadlineAction autoAccept = deadlineAction(caseId, DeadlineAction.AUTO_ACCEPT, SlaPolicy.MERCHANT_RESPONSE,
                CaseStatus.AWAITING_MERCHANT);
        writer.publish(fromSlaMonitor(autoAccept));
        writer.publish(fromSlaMonitor(autoAccept));
        writer.publish(fromSlaMonitor(raisePriority(caseId)));
        awaitEvents(caseId, "MerchantResponded", "RemedyDecided", "PriorityChanged");

        String scrape = PrometheusScrape.at(serverPort);

        assertThat(scrape)
                .contains("aftersales_diagnosis_cases_diagnosed_total{")
                .contains("aftersales_diagnosis_handlers_assigned_total{")
                .contains("aftersales_diagnosis_merchant_verifications_requested_total{")
                .contains("aftersales_diagnosis_merchant_responses_total{")
                .contains("by=\"deadline\"")
                .contains("aftersales_diagnosis_remedies_decided_total{")
                .contains("aftersales_diagnosis_priority_changed_total{")
                .containsPattern("aftersales_diagnosis_deadline_actions_total\\{[^}]*action=\"AUTO_ACCEPT\"[^}]*"
                        + "outcome=\"applied\"")
                .containsPattern("aftersales_diagnosis_deadline_actions_total\\{[^}]*action=\"AUTO_ACCEPT\"[^}]*"
                        + "outcome=\"repeated\"");
    }

    private static SlaDeadlineAction raisePriority(UUID caseId) {
        return deadlineAction(caseId, DeadlineAction.RAISE_PRIORITY, SlaPolicy.UNRESOLVED, null);
    }

    private List<String> recordedActions(UUID caseId) {
        return db.sql("select action_id, action, outcome, event_id from deadline_action where case_id = :id")
                .bind("id", caseId)
                .map((row, meta) -> row.get("action_id", String.class) + "|" + row.get("action", String.class) + "|"
                        + row.get("outcome", String.class) + "|" + row.get("event_id", String.class))
                .all().collectList().block();
    }
}
