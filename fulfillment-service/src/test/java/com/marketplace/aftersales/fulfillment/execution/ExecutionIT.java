package com.marketplace.aftersales.fulfillment.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.marketplace.aftersales.contracts.Component;
import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.fulfillment.CaseResolved;
import com.marketplace.aftersales.contracts.fulfillment.Department;
import com.marketplace.aftersales.contracts.fulfillment.ExecutionOrderCreated;
import com.marketplace.aftersales.contracts.fulfillment.RefundIssued;
import com.marketplace.aftersales.contracts.fulfillment.RefundRequested;
import com.marketplace.aftersales.fulfillment.FulfillmentIntegrationTest;
import com.marketplace.aftersales.fulfillment.support.Remedies;
import com.marketplace.aftersales.platform.consumer.DeadLetterHeaders;
import com.marketplace.aftersales.testsupport.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/** A decided remedy becomes an execution order and its first step; a withdrawal cancels what has not moved. */
class ExecutionIT extends FulfillmentIntegrationTest {

    private static final String DEAD_LETTERS = Topics.deadLetter(
            Component.FULFILLMENT_SERVICE).name();

    @Test
    void aRefundWithoutReturnIsOrderedFromFinanceAndPaidAtOnce() {
        UUID caseId = UUID.randomUUID();
        try (TopicProbe topic = fulfillmentTopic()) {
            decide(Remedies.refundOnly(caseId, "59.90"));

            List<CaseEvent> events = awaitEvents(topic, caseId, RefundIssued.class, CaseResolved.class);
            assertThat(events).extracting(event -> event.getClass().getSimpleName()).containsExactly(
                    "ExecutionOrderCreated", "RefundRequested", "RefundIssued", "CaseResolved");
            ExecutionOrderCreated order = only(events, ExecutionOrderCreated.class);
            assertThat(order.department()).isEqualTo(Department.FINANCE);
            assertThat(order.owner()).isEqualTo("finance");
            assertThat(only(events, RefundRequested.class).amount()).isEqualTo(Money.of("59.90", "CNY"));
        }
        assertThat(status(caseId)).contains("REFUNDED");
        assertThat(committed(caseId)).isEqualByComparingTo("59.90");
    }

    @Test
    void aReshipIsTheMerchantsAndWaitsForItsShipmentWithoutMoney() {
        UUID caseId = UUID.randomUUID();
        UUID later = samePartitionAs(caseId);
        try (TopicProbe topic = fulfillmentTopic()) {
            decide(Remedies.reship(caseId));
            awaitStatus(caseId, "AWAITING_REPLACEMENT");
            // A later case on the same partition: once its events arrive, every event of the first one has too.
            decide(Remedies.refundOnly(later, "10.00"));
            awaitEvents(topic, later, RefundRequested.class);

            List<CaseEvent> events = eventsOf(topic.received(), caseId);
            assertThat(events).hasSize(1);
            ExecutionOrderCreated order = only(events, ExecutionOrderCreated.class);
            assertThat(order.remedy()).isEqualTo(Remedy.RESHIP);
            assertThat(order.department()).isEqualTo(Department.MERCHANT);
            assertThat(order.owner()).isEqualTo(Remedies.MERCHANT);
        }
        assertThat(refunds(caseId)).isEmpty();
    }

    @Test
    void aWithdrawalBeforeTheShipmentCancelsTheExecution() {
        UUID caseId = UUID.randomUUID();
        decide(Remedies.returnAndRefund(caseId));
        awaitStatus(caseId, "AWAITING_RETURN");

        withdraw(caseId);
        awaitStatus(caseId, "CANCELLED");

        EntityExchangeResult<String> shipment = shipReturn(caseId, customerToken(), SHIPMENT);
        assertThat(shipment.getStatus().value()).isEqualTo(409);
        assertThat(shipment.getResponseBody()).contains("\"currentStatus\":\"CANCELLED\"");
        assertThat(db.sql("select cancelled_at is not null as cancelled from execution_order where case_id = :id")
                .bind("id", caseId).map((row, meta) -> row.get("cancelled", Boolean.class)).one().block()).isTrue();
    }

    @Test
    void aWithdrawalAfterTheGoodsLeftDoesNotStopTheReturn() {
        UUID caseId = UUID.randomUUID();
        decide(Remedies.returnAndRefund(caseId));
        awaitStatus(caseId, "AWAITING_RETURN");
        shipReturn(caseId, customerToken(), SHIPMENT);

        var withdrawal = withdraw(caseId);
        awaitApplied(withdrawal.id());

        assertThat(status(caseId)).contains("RETURN_IN_TRANSIT");
    }

    @Test
    void aRemedyDecidedAfterTheWithdrawalIsNotExecuted() {
        UUID caseId = UUID.randomUUID();
        var withdrawal = withdraw(caseId);
        awaitApplied(withdrawal.id());

        var decided = Remedies.from(Component.DIAGNOSIS_SERVICE,
                Remedies.returnAndRefund(caseId));
        writer.publish(decided);
        awaitApplied(decided.id());

        assertThat(status(caseId)).isEmpty();
    }

    @Test
    void aPlanThatCannotBeExecutedIsDeadLetteredWithItsReason() {
        UUID caseId = UUID.randomUUID();
        try (TopicProbe deadLetters = new TopicProbe(INFRA.bootstrapServers(), DEAD_LETTERS)) {
            decide(Remedies.remedy(caseId, Remedy.RETURN_REFUND, Remedies.LINE_PAID, true, "warehouse-nowhere"));

            ConsumerRecord<String, byte[]> parked = deadLetters.awaitRecords(records -> records.stream()
                    .anyMatch(r -> caseId.toString().equals(r.key())), WAIT).stream()
                    .filter(r -> caseId.toString().equals(r.key())).findFirst().orElseThrow();
            assertThat(DeadLetterHeaders.text(parked.headers(), DeadLetterHeaders.REASON))
                    .contains("warehouse-nowhere has no return address configured");
        }
        assertThat(status(caseId)).isEmpty();
    }

    @Test
    void aRefundAboveWhatWasPaidIsNeverPlanned() {
        UUID caseId = UUID.randomUUID();
        try (TopicProbe deadLetters = new TopicProbe(INFRA.bootstrapServers(), DEAD_LETTERS)) {
            decide(Remedies.refundOnly(caseId, "129.01"));

            ConsumerRecord<String, byte[]> parked = deadLetters.awaitRecords(records -> records.stream()
                    .anyMatch(r -> caseId.toString().equals(r.key())), WAIT).stream()
                    .filter(r -> caseId.toString().equals(r.key())).findFirst().orElseThrow();
            assertThat(DeadLetterHeaders.text(parked.headers(), DeadLetterHeaders.REASON))
                    .contains("exceeds linePaid");
        }
        assertThat(status(caseId)).isEmpty();
        assertThat(refunds(caseId)).isEmpty();
    }

    private void awaitApplied(String eventId) {
        await().atMost(WAIT).until(() -> Boolean.TRUE.equals(db.sql(
                        "select count(*) > 0 as seen from inbox_event where event_id = :id")
                .bind("id", eventId).map((row, meta) -> row.get("seen", Boolean.class)).one().block()));
    }

    private static UUID samePartitionAs(UUID caseId) {
        int partition = partitionOf(caseId);
        UUID candidate;
        do {
            candidate = UUID.randomUUID();
        } while (partitionOf(candidate) != partition);
        return candidate;
    }

    private static int partitionOf(UUID caseId) {
        byte[] key = caseId.toString().getBytes(StandardCharsets.UTF_8);
        return Utils.toPositive(Utils.murmur2(key)) % Topics.LIFECYCLE_PARTITIONS;
    }
}
