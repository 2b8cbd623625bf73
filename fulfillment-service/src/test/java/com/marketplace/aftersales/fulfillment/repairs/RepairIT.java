package com.marketplace.aftersales.fulfillment.repairs;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.fulfillment.CaseResolved;
import com.marketplace.aftersales.contracts.fulfillment.RepairProgressed;
import com.marketplace.aftersales.contracts.fulfillment.RepairStage;
import com.marketplace.aftersales.fulfillment.FulfillmentIntegrationTest;
import com.marketplace.aftersales.fulfillment.support.Remedies;
import com.marketplace.aftersales.testsupport.TestTokens;
import com.marketplace.aftersales.testsupport.TopicProbe;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/** A repair: the item comes back, the merchant moves it through its stages (only forward), delivery resolves. */
class RepairIT extends FulfillmentIntegrationTest {

    @Test
    void aRepairMovesForwardStageByStageUntilTheItemIsDeliveredBack() {
        UUID caseId = UUID.randomUUID();
        try (TopicProbe topic = fulfillmentTopic()) {
            decide(Remedies.repair(caseId));
            awaitStatus(caseId, "AWAITING_RETURN");
            assertProblem(repair(caseId, merchantToken(), "RECEIVED"), 409);
            assertOk(shipReturn(caseId, customerToken(), SHIPMENT));
            assertOk(confirmReceipt(caseId, warehouseToken()));
            EntityExchangeResult<String> inspection = inspect(caseId, merchantToken(), "PASSED");
            assertProblem(inspection, 409);
            assertThat(inspection.getResponseBody()).contains("\"currentStage\":\"SHIPPED_BY_CUSTOMER\"");

            for (String stage : List.of("RECEIVED", "REPAIRING", "REPAIRED", "SHIPPED_BACK")) {
                EntityExchangeResult<String> progressed = repair(caseId, merchantToken(), stage);
                assertOk(progressed);
                assertThat(progressed.getResponseBody()).contains("\"status\":\"REPAIRING\"",
                        "\"stage\":\"" + stage + "\"");
            }
            EntityExchangeResult<String> delivered = repair(caseId, merchantToken(), "DELIVERED");
            assertOk(delivered);
            assertThat(delivered.getResponseBody()).contains("\"status\":\"REPAIR_COMPLETED\"");

            List<CaseEvent> events = awaitEvents(topic, caseId, CaseResolved.class);
            assertThat(events.stream().filter(RepairProgressed.class::isInstance)
                    .map(event -> ((RepairProgressed) event).stage()).toList()).containsExactly(
                    RepairStage.SHIPPED_BY_CUSTOMER, RepairStage.RECEIVED, RepairStage.REPAIRING,
                    RepairStage.REPAIRED, RepairStage.SHIPPED_BACK, RepairStage.DELIVERED);
            assertThat(events.get(events.size() - 1)).isInstanceOf(CaseResolved.class);
        }
        assertThat(status(caseId)).contains("REPAIR_COMPLETED");
        assertProblem(repair(caseId, merchantToken(), "DELIVERED"), 409);
        assertThat(refunds(caseId)).isEmpty();
    }

    @Test
    void aStageNeverGoesBackNorRepeatsAndTheRefusalNamesTheCurrentStage() {
        UUID caseId = UUID.randomUUID();
        decide(Remedies.repair(caseId));
        returnReceived(caseId);
        assertOk(repair(caseId, merchantToken(), "REPAIRED"));
        String before = statusAndVersion(caseId);
        long eventsBefore = eventsInOutbox(caseId);

        for (String stage : List.of("RECEIVED", "REPAIRING", "REPAIRED")) {
            EntityExchangeResult<String> refused = repair(caseId, merchantToken(), stage);
            assertProblem(refused, 409);
            assertThat(refused.getResponseBody()).contains("\"currentStatus\":\"REPAIRING\"",
                    "\"currentStage\":\"REPAIRED\"");
        }
        assertThat(statusAndVersion(caseId)).isEqualTo(before);
        assertThat(eventsInOutbox(caseId)).isEqualTo(eventsBefore);
        assertOk(repair(caseId, merchantToken(), "SHIPPED_BACK"));
    }

    @Test
    void onlyTheCasesMerchantRecordsStagesOfARepairAndOnlyAStageAMerchantRecords() {
        UUID caseId = UUID.randomUUID();
        decide(Remedies.repair(caseId));
        returnReceived(caseId);
        String before = statusAndVersion(caseId);

        assertProblem(repair(caseId, null, "RECEIVED"), 401);
        assertProblem(repair(caseId, customerToken(), "RECEIVED"), 403);
        assertProblem(repair(caseId, warehouseToken(), "RECEIVED"), 403);
        assertProblem(repair(caseId, TestTokens.merchant("someone", "merchant-other"), "RECEIVED"), 404);
        EntityExchangeResult<String> customersStage = repair(caseId, merchantToken(), "SHIPPED_BY_CUSTOMER");
        assertProblem(customersStage, 400);
        assertThat(customersStage.getResponseBody()).contains("\"field\":\"stage\"");
        assertThat(statusAndVersion(caseId)).isEqualTo(before);

        UUID notARepair = UUID.randomUUID();
        decide(Remedies.returnAndRefund(notARepair));
        returnReceived(notARepair);
        assertProblem(repair(notARepair, merchantToken(), "RECEIVED"), 409);
    }
}
