package com.marketplace.aftersales.fulfillment.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.Channel;
import com.marketplace.aftersales.contracts.sla.DeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaDeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.contracts.status.CaseStatus;
import com.marketplace.aftersales.fulfillment.cases.Actors;
import com.marketplace.aftersales.fulfillment.cases.FulfillmentCase;
import com.marketplace.aftersales.fulfillment.deadlines.DeadlineRules.Decision;
import com.marketplace.aftersales.fulfillment.support.Remedies;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which deadline action takes effect on which state of the case: fulfillment's own state decides, not the app's. */
class DeadlineRulesTest {

    private static final Actor CUSTOMER = new Actor(Remedies.CUSTOMER, ActorRole.CUSTOMER, Channel.PERSONAL_CENTRE);
    private static final Actor WAREHOUSE = new Actor("clerk-1", ActorRole.WAREHOUSE, Channel.WAREHOUSE_CONSOLE);
    private static final Instant DUE = Instant.parse("2026-11-29T10:00:00Z");

    private final UUID caseId = UUID.randomUUID();

    @Test
    void aReturnStillAwaitedIsAbandonedWithTheDeadlineAsReason() {
        Decision decision = DeadlineRules.decide(abandon(CaseStatus.AWAITING_RETURN), Optional.of(awaitingReturn()));

        assertThat(decision).isEqualTo(new Decision.Abandon(
                "The customer did not ship the return by the deadline (2026-11-29 10:00 UTC)"));
    }

    @Test
    void aReturnTheCustomerShippedIsNeverAbandoned() {
        Decision decision = DeadlineRules.decide(abandon(CaseStatus.AWAITING_RETURN), Optional.of(inTransit()));

        assertThat(decision).isInstanceOfSatisfying(Decision.Skip.class,
                skip -> assertThat(skip.because()).contains("RETURN_IN_TRANSIT"));
    }

    @Test
    void anAbandonExpectingAnotherStateOrForACaseFulfillmentNeverSawIsSkipped() {
        assertThat(DeadlineRules.decide(abandon(CaseStatus.RETURN_IN_TRANSIT), Optional.of(awaitingReturn())))
                .isInstanceOf(Decision.Skip.class);
        assertThat(DeadlineRules.decide(abandon(CaseStatus.AWAITING_RETURN), Optional.empty()))
                .isInstanceOfSatisfying(Decision.Skip.class,
                        skip -> assertThat(skip.because()).contains("no remedy"));
    }

    @Test
    void aReturnInTransitNobodyConfirmedIsRefundedSayingWhy() {
        Decision decision = DeadlineRules.decide(autoRefund(CaseStatus.RETURN_IN_TRANSIT), Optional.of(inTransit()));

        assertThat(decision).isInstanceOfSatisfying(Decision.RefundWithoutReceipt.class,
                refund -> assertThat(refund.why()).isEqualTo("refunded automatically: the merchant did not confirm"
                        + " receipt of the return by the deadline (2026-11-29 10:00 UTC)"));
    }

    @Test
    void aReturnAlreadyReceivedOrARemedyWithoutRefundIsNotRefundedAutomatically() {
        FulfillmentCase received = inTransit().receiveReturn(null, WAREHOUSE).next();
        assertThat(DeadlineRules.decide(autoRefund(CaseStatus.RETURN_IN_TRANSIT), Optional.of(received)))
                .isInstanceOfSatisfying(Decision.Skip.class,
                        skip -> assertThat(skip.because()).contains("RETURN_RECEIVED"));

        FulfillmentCase exchange = FulfillmentCase.open(Remedies.exchange(caseId))
                .authorizeReturn("address", Actors.SYSTEM).next().shipReturn("SF", "SF1234567890", CUSTOMER).next();
        assertThat(DeadlineRules.decide(autoRefund(CaseStatus.RETURN_IN_TRANSIT), Optional.of(exchange)))
                .isInstanceOfSatisfying(Decision.Skip.class,
                        skip -> assertThat(skip.because()).contains("EXCHANGE refunds nothing"));
        assertThat(DeadlineRules.decide(autoRefund(CaseStatus.RETURN_RECEIVED), Optional.of(inTransit())))
                .isInstanceOf(Decision.Skip.class);
    }

    @Test
    void diagnosisActionsAndUnknownActionsAreNotFulfillments() {
        for (DeadlineAction other : new DeadlineAction[] {DeadlineAction.AUTO_ACCEPT, DeadlineAction.RAISE_PRIORITY,
                DeadlineAction.UNKNOWN}) {
            assertThat(DeadlineRules.decide(action(other, SlaPolicy.MERCHANT_RESPONSE, CaseStatus.AWAITING_RETURN),
                    Optional.of(awaitingReturn()))).isInstanceOf(Decision.NotOurs.class);
        }
    }

    private FulfillmentCase awaitingReturn() {
        return FulfillmentCase.open(Remedies.returnAndRefund(caseId)).authorizeReturn("address", Actors.SYSTEM).next();
    }

    private FulfillmentCase inTransit() {
        return awaitingReturn().shipReturn("SF", "SF1234567890", CUSTOMER).next();
    }

    private SlaDeadlineAction abandon(CaseStatus expected) {
        return action(DeadlineAction.ABANDON, SlaPolicy.CUSTOMER_SHIPS_RETURN, expected);
    }

    private SlaDeadlineAction autoRefund(CaseStatus expected) {
        return action(DeadlineAction.AUTO_REFUND, SlaPolicy.MERCHANT_CONFIRMS_RECEIPT, expected);
    }

    private SlaDeadlineAction action(DeadlineAction action, SlaPolicy policy, CaseStatus expected) {
        return new SlaDeadlineAction(caseId, SlaDeadlineAction.actionId(caseId, policy, 1, 1), action, policy, 1,
                expected, DUE, Actor.system("sla-monitor"));
    }
}
