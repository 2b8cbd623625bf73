package com.marketplace.aftersales.fulfillment.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.fulfillment.CaseAbandoned;
import com.marketplace.aftersales.contracts.fulfillment.CaseResolved;
import com.marketplace.aftersales.contracts.fulfillment.RefundIssued;
import com.marketplace.aftersales.contracts.fulfillment.RefundRequested;
import com.marketplace.aftersales.contracts.fulfillment.ReturnReceived;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.sla.DeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaDeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.contracts.status.CaseStatus;
import com.marketplace.aftersales.fulfillment.FulfillmentIntegrationTest;
import com.marketplace.aftersales.fulfillment.support.Remedies;
import com.marketplace.aftersales.testsupport.TopicProbe;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * The sla-monitor's deadline actions that are fulfillment's: applied only while fulfillment's own state still calls for
 * them, and at most once per action id however often the action is emitted.
 */
class DeadlineActionIT extends FulfillmentIntegrationTest {

    @Test
    void aReturnNeverShippedIsAbandonedOnceHoweverOftenTheActionComes() {
        UUID caseId = UUID.randomUUID();
        UUID fence = onSamePartitionAs(caseId);
        double appliedBefore = count(DeadlineActions.METRIC, "action", "abandon", "outcome", "applied");
        double repeatedBefore = count(DeadlineActions.METRIC, "action", "abandon", "outcome", "repeated");
        decide(Remedies.returnAndRefund(caseId));
        decide(Remedies.returnAndRefund(fence));
        awaitStatus(caseId, "AWAITING_RETURN");
        awaitStatus(fence, "AWAITING_RETURN");

        try (TopicProbe topic = fulfillmentTopic()) {
            SlaDeadlineAction action = abandon(caseId, CaseStatus.AWAITING_RETURN);
            deadlineAction(action);
            // The sla-monitor emits the same action again (a restart, a replay): a new event id, the same action id.
            deadlineAction(action);
            // The fence: a later action of another case on the same partition; once its CaseAbandoned arrives, both
            // earlier actions were processed and anything they published was relayed before it.
            deadlineAction(abandon(fence, CaseStatus.AWAITING_RETURN));

            awaitEvents(topic, fence, CaseAbandoned.class);
            List<CaseEvent> events = eventsOf(topic.received(), caseId);
            CaseAbandoned abandoned = only(events, CaseAbandoned.class);
            assertThat(abandoned.reason()).startsWith("The customer did not ship the return by the deadline");
            assertThat(abandoned.actor()).isEqualTo(Actor.system("fulfillment-service/deadline:customer-ships-return"));
            assertThat(events).noneMatch(RefundRequested.class::isInstance);
        }
        assertThat(status(caseId)).contains("ABANDONED");
        Map<String, Object> recorded = actionRecord(SlaDeadlineAction.actionId(caseId,
                SlaPolicy.CUSTOMER_SHIPS_RETURN, 1, 1));
        assertThat(recorded).containsEntry("outcome", "APPLIED").containsEntry("action", "ABANDON")
                .containsEntry("policy", "customer-ships-return");
        // Nothing paid, the execution order closed with the outcome.
        assertThat(refunds(caseId)).isEmpty();
        assertThat(committed(caseId)).isEqualByComparingTo("0.00");
        assertThat(db.sql("select close_reason from execution_order where case_id = :id and closed_at is not null")
                .bind("id", caseId).map((row, meta) -> row.get("close_reason", String.class)).one().block())
                .isEqualTo("ABANDONED");
        assertThat(count(DeadlineActions.METRIC, "action", "abandon", "outcome", "applied"))
                .isEqualTo(appliedBefore + 2);
        assertThat(count(DeadlineActions.METRIC, "action", "abandon", "outcome", "repeated"))
                .isEqualTo(repeatedBefore + 1);
        // The customer can no longer ship it.
        assertProblem(shipReturn(caseId, customerToken(), SHIPMENT), 409);
    }

    @Test
    void aReturnTheCustomerShippedBeforeTheActionArrivedIsNotAbandoned() {
        UUID caseId = UUID.randomUUID();
        decide(Remedies.returnAndRefund(caseId));
        awaitStatus(caseId, "AWAITING_RETURN");
        assertOk(shipReturn(caseId, customerToken(), SHIPMENT));

        try (TopicProbe topic = fulfillmentTopic()) {
            // The sla-monitor had not seen the shipment yet when the deadline passed.
            deadlineAction(abandon(caseId, CaseStatus.AWAITING_RETURN));
            String actionId = SlaDeadlineAction.actionId(caseId, SlaPolicy.CUSTOMER_SHIPS_RETURN, 1, 1);
            await().atMost(WAIT).until(() -> !actionRecord(actionId).isEmpty());
            assertThat(actionRecord(actionId)).containsEntry("outcome", "SKIPPED");
            assertThat((String) actionRecord(actionId).get("detail")).contains("RETURN_IN_TRANSIT");

            // The fence: a later event of the same case. Once it arrives, an abandonment would have arrived before it.
            assertOk(confirmReceipt(caseId, warehouseToken()));
            List<CaseEvent> events = awaitEvents(topic, caseId, ReturnReceived.class);
            assertThat(events).noneMatch(CaseAbandoned.class::isInstance);
        }
        assertThat(status(caseId)).contains("RETURN_RECEIVED");
    }

    @Test
    void aReturnNobodyConfirmedIsRefundedAutomaticallyAndPaidOnce() {
        UUID caseId = UUID.randomUUID();
        decide(Remedies.returnAndRefund(caseId));
        awaitStatus(caseId, "AWAITING_RETURN");
        assertOk(shipReturn(caseId, customerToken(), SHIPMENT));

        try (TopicProbe topic = fulfillmentTopic()) {
            SlaDeadlineAction action = autoRefund(caseId);
            String first = deadlineAction(action).id();
            String again = deadlineAction(action).id();
            awaitConsumed(first);
            awaitConsumed(again);

            List<CaseEvent> events = awaitEvents(topic, caseId, RefundIssued.class, CaseResolved.class);
            RefundRequested requested = only(events, RefundRequested.class);
            assertThat(requested.amount()).isEqualTo(Remedies.LINE_PAID);
            assertThat(requested.actor().role()).isEqualTo(ActorRole.SYSTEM);
            assertThat(requested.actor().id()).isEqualTo("fulfillment-service/deadline:merchant-confirms-receipt");
            assertThat(only(events, CaseResolved.class).summary()).isEqualTo("Refunded 129.00 CNY to the original"
                    + " payment account; refunded automatically: the merchant did not confirm receipt of the return"
                    + " by the deadline (" + DUE_TEXT + ")");
        }
        assertThat(status(caseId)).contains("REFUNDED");
        assertThat(refunds(caseId)).singleElement().satisfies(row -> assertThat(row.get("reason")).isNotNull());
        assertThat(paymentsUnder(refundKey(caseId))).singleElement()
                .satisfies(payment -> assertThat(payment.calls()).isEqualTo(1));
        assertThat(committed(caseId)).isEqualByComparingTo("129.00");
        // The parcel arriving late changes nothing: the money already went back.
        EntityExchangeResult<String> late = confirmReceipt(caseId, warehouseToken());
        assertProblem(late, 409);
        assertThat(late.getResponseBody()).contains("\"currentStatus\":\"REFUNDED\"");
    }

    @Test
    void actionsThatAreNotFulfillmentsAreIgnoredWithoutARecord() {
        UUID caseId = UUID.randomUUID();
        decide(Remedies.returnAndRefund(caseId));
        awaitStatus(caseId, "AWAITING_RETURN");
        String version = statusAndVersion(caseId);

        SlaDeadlineAction autoAccept = new SlaDeadlineAction(caseId,
                SlaDeadlineAction.actionId(caseId, SlaPolicy.MERCHANT_RESPONSE, 1, 1), DeadlineAction.AUTO_ACCEPT,
                SlaPolicy.MERCHANT_RESPONSE, 1, CaseStatus.AWAITING_MERCHANT, DUE, Actor.system("sla-monitor"));
        awaitConsumed(deadlineAction(autoAccept).id());

        assertThat(actionRecord(autoAccept.actionId())).isEmpty();
        assertThat(statusAndVersion(caseId)).isEqualTo(version);
    }

    private static final Instant DUE = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    private static final String DUE_TEXT = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(java.time.ZoneOffset.UTC).format(DUE);

    private static SlaDeadlineAction abandon(UUID caseId, CaseStatus expected) {
        return new SlaDeadlineAction(caseId, SlaDeadlineAction.actionId(caseId, SlaPolicy.CUSTOMER_SHIPS_RETURN, 1, 1),
                DeadlineAction.ABANDON, SlaPolicy.CUSTOMER_SHIPS_RETURN, 1, expected, DUE,
                Actor.system("sla-monitor"));
    }

    private static SlaDeadlineAction autoRefund(UUID caseId) {
        return new SlaDeadlineAction(caseId,
                SlaDeadlineAction.actionId(caseId, SlaPolicy.MERCHANT_CONFIRMS_RECEIPT, 1, 1),
                DeadlineAction.AUTO_REFUND, SlaPolicy.MERCHANT_CONFIRMS_RECEIPT, 1, CaseStatus.RETURN_IN_TRANSIT, DUE,
                Actor.system("sla-monitor"));
    }

    private Map<String, Object> actionRecord(String actionId) {
        return db.sql("select * from deadline_action where action_id = :id").bind("id", actionId)
                .fetch().one().blockOptional().orElse(Map.of());
    }
}
