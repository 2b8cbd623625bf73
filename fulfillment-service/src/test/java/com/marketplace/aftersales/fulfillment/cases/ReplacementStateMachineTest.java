package com.marketplace.aftersales.fulfillment.cases;

import static com.marketplace.aftersales.fulfillment.cases.CaseFixtures.MERCHANT;
import static com.marketplace.aftersales.fulfillment.cases.CaseFixtures.assertRefused;
import static com.marketplace.aftersales.fulfillment.cases.CaseFixtures.passedInspection;
import static com.marketplace.aftersales.fulfillment.cases.CaseFixtures.received;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.fulfillment.CaseResolved;
import com.marketplace.aftersales.contracts.fulfillment.ReplacementDelivered;
import com.marketplace.aftersales.contracts.fulfillment.ReplacementKind;
import com.marketplace.aftersales.contracts.fulfillment.ReplacementShipped;
import com.marketplace.aftersales.fulfillment.support.Remedies;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Exchanges (after a return) and reships (at once): the merchant ships, the carrier's delivery resolves. */
class ReplacementStateMachineTest {

    private final UUID caseId = UUID.randomUUID();

    @Test
    void anExchangeShipsTheReplacementOnlyAfterTheReturnPassedInspection() {
        FulfillmentCase opened = FulfillmentCase.open(Remedies.exchange(caseId));
        assertThat(opened.replacesGoods()).isTrue();
        assertThat(opened.paysMoney()).isFalse();
        assertRefused(opened, FulfillmentCase::awaitReplacement, FulfillmentStatus.OPENED);
        assertRefused(received(opened), c -> c.shipReplacement("SF", "SF1", MERCHANT),
                FulfillmentStatus.RETURN_RECEIVED);

        Transition awaiting = passedInspection(opened).awaitReplacement();
        assertThat(awaiting.next().status()).isEqualTo(FulfillmentStatus.AWAITING_REPLACEMENT);
        assertThat(awaiting.events()).isEmpty();
        assertThat(awaiting.next().nothingMovedYet()).as("the return already moved").isFalse();

        Transition shipped = awaiting.next().shipReplacement("SF", "SF9876543210", MERCHANT);
        assertThat(shipped.next().status()).isEqualTo(FulfillmentStatus.REPLACEMENT_SHIPPED);
        assertThat(shipped.events()).containsExactly(
                new ReplacementShipped(caseId, ReplacementKind.EXCHANGE, "SF", "SF9876543210", MERCHANT));
        assertRefused(shipped.next(), c -> c.shipReplacement("SF", "SF2", MERCHANT),
                FulfillmentStatus.REPLACEMENT_SHIPPED);

        Transition delivered = shipped.next().replacementDelivered("SF", "SF9876543210", Actors.SYSTEM);
        assertThat(delivered.next().status()).isEqualTo(FulfillmentStatus.REPLACEMENT_DELIVERED);
        assertThat(delivered.events()).containsExactly(
                new ReplacementDelivered(caseId, ReplacementKind.EXCHANGE, Actors.SYSTEM),
                new CaseResolved(caseId, Remedy.EXCHANGE, "Replacement delivered (SF SF9876543210)", Actors.SYSTEM));
        assertRefused(delivered.next(), c -> c.replacementDelivered("SF", "SF9876543210", Actors.SYSTEM),
                FulfillmentStatus.REPLACEMENT_DELIVERED);
    }

    @Test
    void aReshipAwaitsTheMerchantAtOnceAndMayStillBeWithdrawnUntilItShips() {
        FulfillmentCase opened = FulfillmentCase.open(Remedies.reship(caseId));
        assertRefused(opened, c -> c.authorizeReturn("somewhere", Actors.SYSTEM), FulfillmentStatus.OPENED);

        FulfillmentCase awaiting = opened.awaitReplacement().next();
        assertThat(awaiting.status()).isEqualTo(FulfillmentStatus.AWAITING_REPLACEMENT);
        assertThat(awaiting.nothingMovedYet()).isTrue();
        assertThat(awaiting.cancel().next().status()).isEqualTo(FulfillmentStatus.CANCELLED);

        FulfillmentCase shipped = awaiting.shipReplacement("YTO", "YT12345678", MERCHANT).next();
        assertThat(shipped.nothingMovedYet()).isFalse();
        assertRefused(shipped, FulfillmentCase::cancel, FulfillmentStatus.REPLACEMENT_SHIPPED);
        Transition delivered = shipped.replacementDelivered("YTO", "YT12345678", Actors.SYSTEM);
        assertThat(delivered.events()).containsExactly(
                new ReplacementDelivered(caseId, ReplacementKind.RESHIP, Actors.SYSTEM),
                new CaseResolved(caseId, Remedy.RESHIP, "Reshipped item delivered (YTO YT12345678)", Actors.SYSTEM));
    }

    @Test
    void remediesThatShipNothingNeverAwaitAReplacement() {
        assertRefused(passedInspection(FulfillmentCase.open(Remedies.returnAndRefund(caseId))),
                FulfillmentCase::awaitReplacement, FulfillmentStatus.INSPECTION_PASSED);
        assertRefused(FulfillmentCase.open(Remedies.refundOnly(caseId, "10.00")), FulfillmentCase::awaitReplacement,
                FulfillmentStatus.OPENED);
    }
}
