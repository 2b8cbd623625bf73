package com.marketplace.aftersales.fulfillment.returns;

import org.springframework.beans.factory.annotation.Value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.marketplace.aftersales.testsupport.PrometheusScrape;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.fulfillment.CaseResolved;
import com.marketplace.aftersales.contracts.fulfillment.Department;
import com.marketplace.aftersales.contracts.fulfillment.ExecutionOrderCreated;
import com.marketplace.aftersales.contracts.fulfillment.InspectionCompleted;
import com.marketplace.aftersales.contracts.fulfillment.InspectionResult;
import com.marketplace.aftersales.contracts.fulfillment.RefundIssued;
import com.marketplace.aftersales.contracts.fulfillment.RefundRequested;
import com.marketplace.aftersales.contracts.fulfillment.RefundRoute;
import com.marketplace.aftersales.contracts.fulfillment.ReturnAuthorized;
import com.marketplace.aftersales.contracts.fulfillment.ReturnReceived;
import com.marketplace.aftersales.contracts.fulfillment.ReturnShipped;
import com.marketplace.aftersales.fulfillment.FulfillmentIntegrationTest;
import com.marketplace.aftersales.fulfillment.support.Remedies;
import com.marketplace.aftersales.simulators.payment.LedgerEntry;
import com.marketplace.aftersales.testsupport.TopicProbe;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The walking skeleton's return path, from the decided remedy to the refund the provider confirmed. */
class ReturnAndRefundIT extends FulfillmentIntegrationTest {

    @Value("${local.server.port}")
    int serverPort;

    @Test
    void aDecidedReturnIsShippedReceivedInspectedAndRefundedOnce() {
        UUID caseId = UUID.randomUUID();
        double issuedBefore = count("aftersales.refunds.issued");
        try (TopicProbe topic = fulfillmentTopic()) {
            Instant decidedAt = Instant.now();
            decide(Remedies.returnAndRefund(caseId));

            List<CaseEvent> authorized = awaitEvents(topic, caseId, ExecutionOrderCreated.class,
                    ReturnAuthorized.class);
            ExecutionOrderCreated order = only(authorized, ExecutionOrderCreated.class);
            assertThat(order.remedy()).isEqualTo(Remedy.RETURN_REFUND);
            assertThat(order.department()).isEqualTo(Department.WAREHOUSE);
            assertThat(order.owner()).isEqualTo(Remedies.WAREHOUSE);
            assertThat(order.serviceNo()).isEqualTo(Remedies.returnAndRefund(caseId).serviceNo());
            assertThat(order.dueBy()).isCloseTo(decidedAt.plus(Duration.ofDays(7)), within(1, ChronoUnit.MINUTES));
            ReturnAuthorized returnAuthorized = only(authorized, ReturnAuthorized.class);
            assertThat(returnAuthorized.warehouseId()).isEqualTo(Remedies.WAREHOUSE);
            assertThat(returnAuthorized.returnAddress()).isEqualTo(Remedies.WAREHOUSE_ADDRESS);

            assertStep(shipReturn(caseId, customerToken(), SHIPMENT).getResponseBody(), "RETURN_IN_TRANSIT");
            assertStep(confirmReceipt(caseId, warehouseToken()).getResponseBody(), "RETURN_RECEIVED");
            assertStep(inspect(caseId, merchantToken(), "PASSED").getResponseBody(), "REFUND_PENDING");

            List<CaseEvent> events = awaitEvents(topic, caseId, RefundIssued.class, CaseResolved.class);
            assertThat(events).extracting(event -> event.getClass().getSimpleName()).containsExactly(
                    "ExecutionOrderCreated", "ReturnAuthorized", "ReturnShipped", "ReturnReceived",
                    "InspectionCompleted", "RefundRequested", "RefundIssued", "CaseResolved");

            ReturnShipped shipped = only(events, ReturnShipped.class);
            assertThat(shipped.carrier()).isEqualTo("SF");
            assertThat(shipped.waybillNo()).isEqualTo("SF1234567890");
            assertThat(shipped.actor().id()).isEqualTo(Remedies.CUSTOMER);
            assertThat(shipped.actor().role()).isEqualTo(ActorRole.CUSTOMER);
            assertThat(only(events, ReturnReceived.class).actor().role()).isEqualTo(ActorRole.WAREHOUSE);
            InspectionCompleted inspection = only(events, InspectionCompleted.class);
            assertThat(inspection.result()).isEqualTo(InspectionResult.PASSED);
            assertThat(inspection.actor().role()).isEqualTo(ActorRole.MERCHANT);

            RefundRequested requested = only(events, RefundRequested.class);
            assertThat(requested.idempotencyKey()).isEqualTo(refundKey(caseId));
            assertThat(requested.amount()).isEqualTo(new Money(new BigDecimal("129.00"), "CNY"));
            assertThat(requested.route()).isEqualTo(RefundRoute.ORIGINAL);
            RefundIssued issued = only(events, RefundIssued.class);
            assertThat(issued.refundId()).isEqualTo(requested.refundId());

            List<LedgerEntry> payments = paymentsUnder(refundKey(caseId));
            assertThat(payments).singleElement().satisfies(payment -> {
                assertThat(payment.amount()).isEqualTo("129.00");
                assertThat(payment.currency()).isEqualTo("CNY");
                assertThat(payment.orderId()).isEqualTo(Remedies.returnAndRefund(caseId).orderId());
                assertThat(payment.refundId()).isEqualTo(issued.providerRefundId());
            });

            CaseResolved resolved = only(events, CaseResolved.class);
            assertThat(resolved.remedy()).isEqualTo(Remedy.RETURN_REFUND);
            assertThat(resolved.summary()).isEqualTo("Refunded 129.00 CNY to the original payment account");
        }
        assertThat(status(caseId)).contains("REFUNDED");
        assertThat(committed(caseId)).isEqualByComparingTo("129.00");
        assertThat(count("aftersales.refunds.issued")).isEqualTo(issuedBefore + 1);
        assertThat(meters.find("aftersales.refunds.lead.time").timer()).isNotNull();
        assertThat(count("aftersales.payments.calls", "operation", "request", "outcome", "succeeded"))
                .isPositive();
        String scrape = PrometheusScrape.at(serverPort);
        assertThat(scrape).contains("aftersales_refunds_issued_total", "aftersales_refunds_failed_total",
                "aftersales_refunds_requested_total", "aftersales_refunds_lead_time_seconds_count",
                "aftersales_payments_calls_total{", "resilience4j_circuitbreaker_state{");
    }

    @Test
    void aFailedInspectionStopsBeforeAnyMoneyMoves() {
        UUID caseId = UUID.randomUUID();
        decide(Remedies.returnAndRefund(caseId));
        awaitStatus(caseId, "AWAITING_RETURN");
        shipReturn(caseId, customerToken(), SHIPMENT);
        confirmReceipt(caseId, warehouseToken());

        assertStep(inspect(caseId, merchantToken(), "FAILED").getResponseBody(), "INSPECTION_FAILED");

        assertThat(refunds(caseId)).isEmpty();
        assertThat(committed(caseId)).isEqualByComparingTo("0.00");
    }

    private static void assertStep(String responseBody, String status) {
        assertThat(responseBody).contains("\"status\":\"" + status + "\"");
    }
}
