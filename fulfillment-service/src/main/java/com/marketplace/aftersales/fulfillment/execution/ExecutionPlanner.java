package com.marketplace.aftersales.fulfillment.execution;

import com.marketplace.aftersales.contracts.diagnosis.RemedyDecided;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.fulfillment.Department;
import com.marketplace.aftersales.fulfillment.FulfillmentProperties;
import com.marketplace.aftersales.fulfillment.execution.ExecutionPlan.FirstStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Turns a decided remedy into an execution plan (domain §3): the responsible department, its owner, the deadline and
 * the first step. Only the return-and-refund path and the refund without return are automated; the other remedies
 * get their execution order and are carried out by hand for now. A new remedy slots in here and in
 * {@link RemedySteps}.
 */
@Component
class ExecutionPlanner {

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
        if (decided.remedy() == null || decided.remedy() == Remedy.UNKNOWN) {
            problems.add("the remedy is unknown to this version of fulfillment");
            throw unexecutable(decided, problems);
        }
        ExecutionPlan plan = switch (decided.remedy()) {
            case RETURN_REFUND, REFUND_ONLY -> refundPlan(decided, now, problems);
            default -> manualPlan(decided, now);
        };
        if (!problems.isEmpty()) {
            throw unexecutable(decided, problems);
        }
        return plan;
    }

    private ExecutionPlan refundPlan(RemedyDecided decided, Instant now, List<String> problems) {
        checkRefundAmount(decided.refundAmount(), decided.linePaid(), problems);
        if (!decided.returnRequired()) {
            return new ExecutionPlan(Department.FINANCE, properties.execution().financeOwner(),
                    now.plus(properties.execution().refundWindow()), FirstStep.REQUEST_REFUND, null);
        }
        String address = null;
        if (decided.warehouseId() == null || decided.warehouseId().isBlank()) {
            problems.add("a return is required but no warehouseId is given");
        } else {
            address = properties.returnAddress(decided.warehouseId()).orElse(null);
            if (address == null) {
                problems.add("warehouse " + decided.warehouseId() + " has no return address configured"
                        + " (aftersales.fulfillment.returns.addresses)");
            }
        }
        return new ExecutionPlan(Department.WAREHOUSE, decided.warehouseId(),
                now.plus(properties.returns().window()), FirstStep.AUTHORIZE_RETURN, address);
    }

    private ExecutionPlan manualPlan(RemedyDecided decided, Instant now) {
        Department department = switch (decided.remedy()) {
            case EXCHANGE -> decided.returnRequired() && hasText(decided.warehouseId())
                    ? Department.WAREHOUSE : Department.MERCHANT;
            case REPAIR, RESHIP -> Department.MERCHANT;
            default -> Department.FINANCE;
        };
        String owner = switch (department) {
            case WAREHOUSE -> decided.warehouseId();
            case MERCHANT -> decided.merchantId();
            default -> properties.execution().financeOwner();
        };
        return new ExecutionPlan(department, owner, now.plus(properties.execution().manualWindow()), FirstStep.MANUAL,
                null);
    }

    private static void checkRefundAmount(Money refund, Money linePaid, List<String> problems) {
        int before = problems.size();
        if (refund == null) {
            problems.add("a refund remedy needs refundAmount");
        } else if (refund.amount().signum() <= 0 || refund.amount().scale() > 2) {
            problems.add("refundAmount must be positive with at most two decimals, was " + refund.amount());
        }
        if (linePaid == null) {
            problems.add("a refund remedy needs linePaid, the limit of what may be refunded");
        }
        if (problems.size() > before) {
            return;
        }
        if (!refund.currency().equals(linePaid.currency())) {
            problems.add("refundAmount is in " + refund.currency() + " but the line was paid in "
                    + linePaid.currency());
        } else if (refund.isGreaterThan(linePaid)) {
            problems.add("refundAmount " + refund.amount() + " exceeds linePaid " + linePaid.amount());
        }
    }

    private static void requireText(List<String> problems, String field, String value) {
        if (!hasText(value)) {
            problems.add(field + " is missing");
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static UnexecutablePlan unexecutable(RemedyDecided decided, List<String> problems) {
        return new UnexecutablePlan("Remedy " + decided.remedy() + " of case " + decided.caseId()
                + " cannot be executed: " + String.join("; ", problems));
    }
}
