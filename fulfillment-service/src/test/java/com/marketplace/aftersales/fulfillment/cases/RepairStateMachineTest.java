package com.marketplace.aftersales.fulfillment.cases;

import static com.marketplace.aftersales.fulfillment.cases.CaseFixtures.CUSTOMER;
import static com.marketplace.aftersales.fulfillment.cases.CaseFixtures.MERCHANT;
import static com.marketplace.aftersales.fulfillment.cases.CaseFixtures.assertRefused;
import static com.marketplace.aftersales.fulfillment.cases.CaseFixtures.awaitingReturn;
import static com.marketplace.aftersales.fulfillment.cases.CaseFixtures.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.fulfillment.CaseResolved;
import com.marketplace.aftersales.contracts.fulfillment.InspectionResult;
import com.marketplace.aftersales.contracts.fulfillment.RepairProgressed;
import com.marketplace.aftersales.contracts.fulfillment.RepairStage;
import com.marketplace.aftersales.contracts.fulfillment.ReturnShipped;
import com.marketplace.aftersales.fulfillment.support.Remedies;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A repair: the customer's return is its first stage; the merchant's stages only move forward; delivery resolves. */
class RepairStateMachineTest {

    private final UUID caseId = UUID.randomUUID();

    @Test
    void theCustomersReturnShipmentIsTheRepairsFirstStage() {
        Transition shipped = awaitingReturn(FulfillmentCase.open(Remedies.repair(caseId)))
                .shipReturn("SF", "SF1234567890", CUSTOMER);

        assertThat(shipped.next().repairStage()).isEqualTo(RepairStage.SHIPPED_BY_CUSTOMER);
        assertThat(shipped.events()).containsExactly(new ReturnShipped(caseId, "SF", "SF1234567890", CUSTOMER),
                new RepairProgressed(caseId, RepairStage.SHIPPED_BY_CUSTOMER, null, CUSTOMER));
    }

    @Test
    void stagesMoveForwardSkippingIsAllowedAndDeliveryResolves() {
        FulfillmentCase received = received(FulfillmentCase.open(Remedies.repair(caseId)));

        Transition atCentre = received.progressRepair(RepairStage.RECEIVED, null, MERCHANT);
        assertThat(atCentre.next().status()).isEqualTo(FulfillmentStatus.REPAIRING);
        assertThat(atCentre.events()).containsExactly(
                new RepairProgressed(caseId, RepairStage.RECEIVED, null, MERCHANT));
        FulfillmentCase repaired = atCentre.next().progressRepair(RepairStage.REPAIRED, "new port", MERCHANT).next();
        assertThat(repaired.repairStage()).isEqualTo(RepairStage.REPAIRED);

        Transition delivered = repaired.progressRepair(RepairStage.SHIPPED_BACK, null, MERCHANT).next()
                .progressRepair(RepairStage.DELIVERED, null, MERCHANT);
        assertThat(delivered.next().status()).isEqualTo(FulfillmentStatus.REPAIR_COMPLETED);
        assertThat(delivered.events()).containsExactly(
                new RepairProgressed(caseId, RepairStage.DELIVERED, null, MERCHANT),
                new CaseResolved(caseId, Remedy.REPAIR, "Repaired and delivered back to the customer", MERCHANT));
        assertRefused(delivered.next(), c -> c.progressRepair(RepairStage.DELIVERED, null, MERCHANT),
                FulfillmentStatus.REPAIR_COMPLETED);
    }

    @Test
    void goingBackOrRepeatingAStageIsRefusedNamingTheCurrentStage() {
        FulfillmentCase repairing = received(FulfillmentCase.open(Remedies.repair(caseId)))
                .progressRepair(RepairStage.REPAIRING, null, MERCHANT).next();

        TransitionRefused back = assertRefused(repairing, c -> c.progressRepair(RepairStage.RECEIVED, null, MERCHANT),
                FulfillmentStatus.REPAIRING);
        assertThat(back.problemProperties()).containsEntry("currentStage", "REPAIRING");
        assertRefused(repairing, c -> c.progressRepair(RepairStage.REPAIRING, null, MERCHANT),
                FulfillmentStatus.REPAIRING);
        assertThat(repairing.repairStage()).isEqualTo(RepairStage.REPAIRING);
    }

    @Test
    void noStageBeforeTheItemIsReceivedNoInspectionAndNoCustomerStageFromTheMerchant() {
        FulfillmentCase awaiting = awaitingReturn(FulfillmentCase.open(Remedies.repair(caseId)));
        assertRefused(awaiting, c -> c.progressRepair(RepairStage.RECEIVED, null, MERCHANT),
                FulfillmentStatus.AWAITING_RETURN);
        FulfillmentCase received = received(FulfillmentCase.open(Remedies.repair(caseId)));
        assertRefused(received, c -> c.inspect(InspectionResult.PASSED, null, MERCHANT),
                FulfillmentStatus.RETURN_RECEIVED);
        assertThatThrownBy(() -> received.progressRepair(RepairStage.SHIPPED_BY_CUSTOMER, null, MERCHANT))
                .isInstanceOf(IllegalArgumentException.class);
        assertRefused(received(FulfillmentCase.open(Remedies.exchange(caseId))),
                c -> c.progressRepair(RepairStage.RECEIVED, null, MERCHANT), FulfillmentStatus.RETURN_RECEIVED);
    }
}
