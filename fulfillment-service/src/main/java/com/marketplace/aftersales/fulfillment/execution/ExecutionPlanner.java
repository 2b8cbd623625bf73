package com.marketplace.aftersales.fulfillment.execution;

import com.marketplace.aftersales.contracts.diagnosis.RemedyDecided;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.fulfillment.Department;
import com.marketplace.aftersales.fulfillment.FulfillmentProperties;
import com.marketplace.aftersales.fulfillment.execution.ExecutionPlan.FirstStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Turns a decided remedy into an execution plan (domain §3): the responsible department, its owner, the deadline and
 * the first step, and refuses a plan that can never be executed. By remedy:
 * <ul>
 *   <li>money remedies (return and refund, refund only, partial refund, compensation) pay the plan's refund and
 *       compensation, after a return when the goods come back, else at once (finance, within the refund window);</li>
 *   <li>an exchange (the goods come back) and a reship (they do not) end with a replacement the merchant ships;</li>
 *   <li>a repair needs the item back, then moves through its stages.</li>
 * </ul>
 * Whatever comes back goes to the case's warehouse first (warehouse, within the return window); a repair is the
 * merchant's from the start.
 */
@Component
class ExecutionPlanner {

    private static final Set<Remedy> REFUNDING = EnumSet.of(Remedy.RETURN_REFUND, Remedy.REFUND_ONLY,
            Remedy.PARTIAL_REFUND);
    private static final Set<Remedy> GOODS = EnumSet.of(Remedy.EXCHANGE, Remedy.RESHIP, Remedy.REPAIR);

    private final FulfillmentProperties properties;

    ExecutionPlanner(FulfillmentProperties properties) {
        this.properties = properties;
    }

    /** @throws UnexecutablePlan naming everything that is missing or contradictory */
    ExecutionPlan plan(RemedyDecided decided, Instant now) {
        List<String> problems = new ArrayList<>();
        requireText(problems, "serviceNo", decided.serviceNo());
        requireText(problems, "customerId", decided.customerId());
        requireText(problems, "merchantId", decided.merchantId());
        requireText(problems, "orderId", decided.orderId());
        requireText(problems, "orderLineId", decided.orderLineId());
        Remedy remedy = decided.remedy();
        if (remedy == null || remedy == Remedy.UNKNOWN) {
            problems.add("the remedy is unknown to this version of fulfillment");
            throw unexecutable(decided, problems);
        }
        checkMoney(decided, problems);
        if (remedy == Remedy.REPAIR && !decided.returnRequired()) {
            problems.add("a repair needs the item back (returnRequired)");
        }
        String returnAddress = decided.returnRequired() ? returnAddress(decided, problems) : null;
        if (!problems.isEmpty()) {
            throw unexecutable(decided, problems);
        }
        if (decided.returnRequired()) {
            Department department = remedy == Remedy.REPAIR ? Department.MERCHANT : Department.WAREHOUSE;
            String owner = remedy == Remedy.REPAIR ? decided.merchantId() : decided.warehouseId();
            return new ExecutionPlan(department, owner, now.plus(properties.returns().window()),
                    FirstStep.AUTHORIZE_RETURN, returnAddress);
        }
        if (GOODS.contains(remedy)) {
            return new ExecutionPlan(Department.MERCHANT, decided.merchantId(),
                    now.plus(properties.execution().reshipWindow()), FirstStep.AWAIT_REPLACEMENT, null);
        }
        return new ExecutionPlan(Department.FINANCE, properties.execution().financeOwner(),
                now.plus(properties.execution().refundWindow()), FirstStep.ORDER_MONEY, null);
    }

    /**
     * Which amounts the remedy needs, and that they fit: money remedies need theirs, goods remedies carry none (a
     * compensation alongside a replacement is decided as a remedy of its own), and refund plus compensation stay
     * within what was paid for the line, in its currency.
     */
    private static void checkMoney(RemedyDecided decided, List<String> problems) {
        Remedy remedy = decided.remedy();
        Money refund = decided.refundAmount();
        Money compensation = decided.compensationAmount();
        if (REFUNDING.contains(remedy) && refund == null) {
            problems.add("a " + remedy + " remedy needs refundAmount");
        }
        if (remedy == Remedy.COMPENSATION && compensation == null) {
            problems.add("a COMPENSATION remedy needs compensationAmount");
        }
        if (GOODS.contains(remedy) && (refund != null || compensation != null)) {
            problems.add("a " + remedy + " remedy pays no money; decide compensation as a remedy of its own");
            return;
        }
        if (refund == null && compensation == null) {
            return;
        }
        int before = problems.size();
        checkAmount(problems, "refundAmount", refund);
        checkAmount(problems, "compensationAmount", compensation);
        Money linePaid = decided.linePaid();
        if (linePaid == null) {
            problems.add("a remedy that pays needs linePaid, the limit of what may be paid back");
        }
        if (problems.size() > before) {
            return;
        }
        if (!sameCurrency(problems, "refundAmount", refund, linePaid)
                || !sameCurrency(problems, "compensationAmount", compensation, linePaid)) {
            return;
        }
        Money total = refund == null ? compensation : compensation == null ? refund : refund.plus(compensation);
        if (total.isGreaterThan(linePaid)) {
            String what = refund != null && compensation != null ? "refundAmount plus compensationAmount"
                    : refund != null ? "refundAmount" : "compensationAmount";
            problems.add(what + " " + total.amount().toPlainString() + " exceeds linePaid "
                    + linePaid.amount().toPlainString());
        }
    }

    private static boolean sameCurrency(List<String> problems, String field, Money amount, Money linePaid) {
        if (amount == null || amount.currency().equals(linePaid.currency())) {
            return true;
        }
        problems.add(field + " is in " + amount.currency() + " but the line was paid in " + linePaid.currency());
        return false;
    }

    private static void checkAmount(List<String> problems, String field, Money amount) {
        if (amount != null && (amount.amount().signum() <= 0 || amount.amount().scale() > 2)) {
            problems.add(field + " must be positive with at most two decimals, was " + amount.amount());
        }
    }

    private String returnAddress(RemedyDecided decided, List<String> problems) {
        if (decided.warehouseId() == null || decided.warehouseId().isBlank()) {
            problems.add("a return is required but no warehouseId is given");
            return null;
        }
        String address = properties.returnAddress(decided.warehouseId()).orElse(null);
        if (address == null) {
            problems.add("warehouse " + decided.warehouseId() + " has no return address configured"
                    + " (aftersales.fulfillment.returns.addresses)");
        }
        return address;
    }

    private static void requireText(List<String> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(field + " is missing");
        }
    }

    private static UnexecutablePlan unexecutable(RemedyDecided decided, List<String> problems) {
        return new UnexecutablePlan("Remedy " + decided.remedy() + " of case " + decided.caseId()
                + " cannot be executed: " + String.join("; ", problems));
    }
}
