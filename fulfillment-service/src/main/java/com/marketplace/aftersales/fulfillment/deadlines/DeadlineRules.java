package com.marketplace.aftersales.fulfillment.deadlines;

import com.marketplace.aftersales.contracts.sla.DeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaDeadlineAction;
import com.marketplace.aftersales.contracts.status.CaseStatus;
import com.marketplace.aftersales.fulfillment.cases.FulfillmentCase;
import com.marketplace.aftersales.fulfillment.cases.FulfillmentStatus;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Whether a deadline action takes effect, decided from the action and fulfillment's own state of the case alone (never
 * from what the app shows): the sla-monitor's view may lag behind, so an action is applied only if fulfillment's state
 * is still the one the action expects.
 * <ul>
 *   <li>{@code ABANDON} (customer-ships-return): the return is still awaited, nothing was shipped → the case is
 *       abandoned, nothing is paid;</li>
 *   <li>{@code AUTO_REFUND} (merchant-confirms-receipt): the return is still in transit, never confirmed received, and
 *       the plan refunds → the refund is ordered as after a passed inspection;</li>
 *   <li>any other action is not fulfillment's.</li>
 * </ul>
 */
final class DeadlineRules {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** What to do with an action. */
    sealed interface Decision {

        /** Close the case as abandoned, with this reason (shown on the timeline). */
        record Abandon(String reason) implements Decision {
        }

        /** Order the refund without the merchant's receipt; {@code why} goes into the resolution's summary. */
        record RefundWithoutReceipt(String why) implements Decision {
        }

        /** Do nothing, and record why. */
        record Skip(String because) implements Decision {
        }

        /** Another service's action (AUTO_ACCEPT, RAISE_PRIORITY are diagnosis'), or one this version does not know. */
        record NotOurs() implements Decision {
        }
    }

    private DeadlineRules() {
    }

    static boolean isOurs(DeadlineAction action) {
        return action == DeadlineAction.ABANDON || action == DeadlineAction.AUTO_REFUND;
    }

    static Decision decide(SlaDeadlineAction action, Optional<FulfillmentCase> current) {
        if (!isOurs(action.action())) {
            return new Decision.NotOurs();
        }
        return action.action() == DeadlineAction.ABANDON ? abandon(action, current) : autoRefund(action, current);
    }

    private static Decision abandon(SlaDeadlineAction action, Optional<FulfillmentCase> current) {
        if (action.expectedStatus() != CaseStatus.AWAITING_RETURN) {
            return new Decision.Skip("ABANDON expects " + action.expectedStatus()
                    + "; fulfillment abandons only a return that was never shipped (AWAITING_RETURN)");
        }
        if (current.isEmpty()) {
            return new Decision.Skip("fulfillment executes no remedy for this case");
        }
        FulfillmentStatus status = current.get().status();
        if (status != FulfillmentStatus.AWAITING_RETURN) {
            return new Decision.Skip("the case no longer awaits the customer's return: it is " + status);
        }
        return new Decision.Abandon("The customer did not ship the return by " + due(action));
    }

    private static Decision autoRefund(SlaDeadlineAction action, Optional<FulfillmentCase> current) {
        if (action.expectedStatus() != CaseStatus.RETURN_IN_TRANSIT) {
            return new Decision.Skip("AUTO_REFUND expects " + action.expectedStatus()
                    + "; fulfillment refunds without receipt only a return in transit (RETURN_IN_TRANSIT)");
        }
        if (current.isEmpty()) {
            return new Decision.Skip("fulfillment executes no remedy for this case");
        }
        FulfillmentCase found = current.get();
        if (found.status() != FulfillmentStatus.RETURN_IN_TRANSIT) {
            return new Decision.Skip("the return is no longer in transit unconfirmed: the case is " + found.status());
        }
        if (!found.refundWithoutReceiptDue()) {
            return new Decision.Skip("the remedy " + found.remedy() + " refunds nothing; the missed confirmation is"
                    + " escalated instead");
        }
        return new Decision.RefundWithoutReceipt("refunded automatically: the merchant did not confirm receipt of the"
                + " return by " + due(action));
    }

    private static String due(SlaDeadlineAction action) {
        return action.dueAt() == null ? "the deadline" : "the deadline (" + DUE.format(action.dueAt()) + ")";
    }
}
