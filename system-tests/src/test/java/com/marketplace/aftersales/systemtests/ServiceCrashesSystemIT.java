package com.marketplace.aftersales.systemtests;

import static com.marketplace.aftersales.systemtests.Journey.succeeded;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A case keeps going while the services under it are killed with -9, one after another, each at the moment it has
 * just done its part: nothing acknowledged is lost, no step is applied twice, and the refund is paid once.
 */
@Order(5)
class ServiceCrashesSystemIT {

    private final RunningSuite suite = RunningSuite.get();
    private final PaymentSimulatorClient payments = new PaymentSimulatorClient(suite.paymentsUrl());

    @Test
    void killingAnyServiceMidCaseLosesNothingAndPaysOnce() {
        Journey journey = new Journey(suite).withDeliveredOrder();
        journey.submit();
        kill("intake-service");
        succeeded(journey.addPhoto());
        succeeded(journey.approve());
        kill("diagnosis-service");
        journey.awaitStatus("AWAITING_MERCHANT", Duration.ofMinutes(2));
        // Answered, shipped and received without delay: the test suite's shortened deadlines with an action (the
        // merchant's answer, the customer's return, the receipt) must not pass during the kills. Only one restart,
        // the gateway's, falls between the return authorized and shipped.
        succeeded(journey.merchantAccepts());
        journey.awaitStatus("AWAITING_RETURN", Duration.ofMinutes(2));
        kill("gateway");
        succeeded(journey.shipReturn());
        journey.awaitStatus("RETURN_IN_TRANSIT", Duration.ofMinutes(2));
        succeeded(journey.confirmReceipt());
        journey.awaitStatus("RETURN_RECEIVED");
        // The inspection's deadline only escalates: the read side and the clocks can be down while it runs.
        kill("case-view");
        kill("sla-monitor");
        succeeded(journey.inspectionPassed());
        kill("fulfillment-service");
        journey.awaitStatus("REFUNDED", Duration.ofMinutes(2));
        kill("feedback-service");
        succeeded(journey.rate(4));

        JsonNode closed = journey.awaitStatus("CLOSED", Duration.ofMinutes(2));

        // Every lifecycle step once (the SLA clocks come in started/stopped pairs per policy, so they are left out).
        List<String> types = new ArrayList<>();
        journey.staffView().get("timeline").forEach(entry -> types.add(entry.get("type").asString()));
        assertThat(types.stream().filter(type -> !type.startsWith("Sla")).toList()).doesNotHaveDuplicates();
        assertThat(types).containsSubsequence("CaseSubmitted", "EvidenceAdded",
                "CaseReviewed", "CaseDiagnosed", "HandlerAssigned", "MerchantVerificationRequested",
                "MerchantResponded", "RemedyDecided", "ReturnAuthorized", "ReturnShipped", "ReturnReceived",
                "InspectionCompleted", "RefundRequested", "RefundIssued", "CaseResolved", "FeedbackSubmitted",
                "CaseClosed");
        assertThat(closed.get("refund").get("amount").asString()).isEqualTo("129.00");
        List<JsonNode> paid = new ArrayList<>();
        payments.ledger().forEach(entry -> {
            if (journey.orderId.equals(entry.get("orderId").asString())) {
                paid.add(entry);
            }
        });
        assertThat(paid).hasSize(1);
    }

    private void kill(String service) {
        suite.killHard(service);
    }
}
