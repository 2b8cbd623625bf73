package com.marketplace.aftersales.systemtests;

import static com.marketplace.aftersales.systemtests.Journey.succeeded;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The refund survives the worst moment to crash: fulfillment is killed (-9) after the payment provider answered and
 * before the result was committed, while the provider also fails the first attempts. The case still ends REFUNDED
 * and the provider's ledger shows one payment.
 */
@Order(3)
class RefundCrashSystemIT {

    private final RunningSuite suite = RunningSuite.get();
    private final PaymentSimulatorClient payments = new PaymentSimulatorClient(suite.paymentsUrl());

    @AfterEach
    void restoreTheProvider() throws Exception {
        payments.reset();
        Files.deleteIfExists(RunningSuite.haltMarker(suite.home));
    }

    @Test
    void aRefundInterruptedByAKillAfterThePaymentCallIsPaidExactlyOnce() throws Exception {
        Journey journey = new Journey(suite).approvedAndAwaitingMerchant().returnedToTheWarehouse();
        payments.failNextCalls(2);
        Path marker = Files.createFile(RunningSuite.haltMarker(suite.home));
        int outputBefore = suite.outputSoFar().size();

        succeeded(journey.inspectionPassed());

        suite.awaitOutput(line -> line.contains("fulfillment-service exited") && line.contains("restarting"),
                Duration.ofMinutes(2));
        assertThat(marker).doesNotExist();
        JsonNode refunded = journey.awaitStatus("REFUNDED", Duration.ofMinutes(4));
        assertThat(refunded.get("refund").get("amount").asString()).isEqualTo("129.00");
        List<JsonNode> paid = new ArrayList<>();
        payments.ledger().forEach(entry -> {
            if (journey.orderId.equals(entry.get("orderId").asString())) {
                paid.add(entry);
            }
        });
        assertThat(paid).hasSize(1);
        assertThat(paid.get(0).get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(paid.get(0).get("amount").asString()).isEqualTo("129.00");
        assertThat(suite.outputSoFar().subList(outputBefore, suite.outputSoFar().size()))
                .filteredOn(line -> line.contains("fulfillment-service exited")).hasSize(1);
    }
}
