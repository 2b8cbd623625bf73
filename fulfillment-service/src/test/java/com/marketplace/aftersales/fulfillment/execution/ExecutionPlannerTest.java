package com.marketplace.aftersales.fulfillment.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.aftersales.contracts.diagnosis.RemedyDecided;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.fulfillment.Department;
import com.marketplace.aftersales.fulfillment.FulfillmentProperties;
import com.marketplace.aftersales.fulfillment.execution.ExecutionPlan.FirstStep;
import com.marketplace.aftersales.fulfillment.support.Remedies;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExecutionPlannerTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final ExecutionPlanner planner = new ExecutionPlanner(new FulfillmentProperties(
            new FulfillmentProperties.Returns(Duration.ofDays(7), Map.of(Remedies.WAREHOUSE, "No. 8 Logistics Road")),
            new FulfillmentProperties.Execution(Duration.ofHours(24), Duration.ofDays(3), "finance-desk"),
            null, null, null, null, null));
    private final UUID caseId = UUID.randomUUID();

    @Test
    void aReturnIsTheWarehousesUntilTheReturnWindowCloses() {
        ExecutionPlan plan = planner.plan(Remedies.returnAndRefund(caseId), NOW);

        assertThat(plan).isEqualTo(new ExecutionPlan(Department.WAREHOUSE, Remedies.WAREHOUSE,
                NOW.plus(Duration.ofDays(7)), FirstStep.AUTHORIZE_RETURN, "No. 8 Logistics Road"));
    }

    @Test
    void aRefundWithoutReturnIsFinancesWithinTheRefundWindow() {
        ExecutionPlan plan = planner.plan(Remedies.refundOnly(caseId, "35.00"), NOW);

        assertThat(plan).isEqualTo(new ExecutionPlan(Department.FINANCE, "finance-desk", NOW.plus(Duration.ofHours(24)),
                FirstStep.ORDER_MONEY, null));
    }

    @Test
    void partialRefundsAndCompensationArePaidByFinanceAtOnce() {
        ExecutionPlan money = new ExecutionPlan(Department.FINANCE, "finance-desk", NOW.plus(Duration.ofHours(24)),
                FirstStep.ORDER_MONEY, null);
        assertThat(planner.plan(Remedies.partialRefund(caseId, "10.00"), NOW)).isEqualTo(money);
        assertThat(planner.plan(Remedies.compensation(caseId, "18.00"), NOW)).isEqualTo(money);
        assertThat(planner.plan(Remedies.money(caseId, Remedy.COMPENSATION, Money.of("100.00", "CNY"),
                Money.of("29.00", "CNY")), NOW)).as("a refund and a compensation up to linePaid").isEqualTo(money);
    }

    @Test
    void replacementsAreTheMerchantsAndAReturnFirstIsTheWarehouses() {
        assertThat(planner.plan(Remedies.exchange(caseId), NOW)).isEqualTo(new ExecutionPlan(Department.WAREHOUSE,
                Remedies.WAREHOUSE, NOW.plus(Duration.ofDays(7)), FirstStep.AUTHORIZE_RETURN, "No. 8 Logistics Road"));
        assertThat(planner.plan(Remedies.reship(caseId), NOW)).isEqualTo(new ExecutionPlan(Department.MERCHANT,
                Remedies.MERCHANT, NOW.plus(Duration.ofDays(3)), FirstStep.AWAIT_REPLACEMENT, null));
        assertThat(planner.plan(Remedies.remedy(caseId, Remedy.EXCHANGE, null, false, null), NOW))
                .as("an exchange without a return ships at once").isEqualTo(new ExecutionPlan(Department.MERCHANT,
                        Remedies.MERCHANT, NOW.plus(Duration.ofDays(3)), FirstStep.AWAIT_REPLACEMENT, null));
    }

    @Test
    void aRepairIsTheMerchantsFromTheReturnOn() {
        assertThat(planner.plan(Remedies.repair(caseId), NOW)).isEqualTo(new ExecutionPlan(Department.MERCHANT,
                Remedies.MERCHANT, NOW.plus(Duration.ofDays(7)), FirstStep.AUTHORIZE_RETURN, "No. 8 Logistics Road"));
    }

    @Test
    void aPlanThatCannotBeExecutedIsRefusedWithEveryReason() {
        assertUnexecutable(Remedies.remedy(caseId, Remedy.RETURN_REFUND, Remedies.LINE_PAID, true, "warehouse-x"),
                "warehouse warehouse-x has no return address configured");
        assertUnexecutable(Remedies.remedy(caseId, Remedy.RETURN_REFUND, Remedies.LINE_PAID, true, null),
                "no warehouseId");
        assertUnexecutable(Remedies.remedy(caseId, Remedy.REFUND_ONLY, null, false, null), "needs refundAmount");
        assertUnexecutable(Remedies.refundOnly(caseId, "129.01"), "exceeds linePaid");
        assertUnexecutable(Remedies.remedy(caseId, Remedy.REFUND_ONLY, Money.of("10.00", "USD"), false, null),
                "in USD but the line was paid in CNY");
        assertUnexecutable(Remedies.refundOnly(caseId, "0.00"), "must be positive");
        assertUnexecutable(Remedies.remedy(caseId, Remedy.UNKNOWN, null, false, null), "unknown");
        assertUnexecutable(Remedies.remedy(caseId, Remedy.PARTIAL_REFUND, null, false, null), "needs refundAmount");
        assertUnexecutable(Remedies.remedy(caseId, Remedy.COMPENSATION, null, false, null),
                "needs compensationAmount");
        assertUnexecutable(Remedies.money(caseId, Remedy.REFUND_ONLY, Money.of("100.00", "CNY"),
                Money.of("29.01", "CNY")), "refundAmount plus compensationAmount 129.01 exceeds linePaid 129.00");
        assertUnexecutable(Remedies.money(caseId, Remedy.COMPENSATION, null, Money.of("5.00", "USD")),
                "compensationAmount is in USD");
        assertUnexecutable(Remedies.remedy(caseId, Remedy.RESHIP, Money.of("5.00", "CNY"), false, null),
                "pays no money");
        assertUnexecutable(Remedies.remedy(caseId, Remedy.REPAIR, null, false, null), "a repair needs the item back");
        RemedyDecided noCustomer = Remedies.refundOnly(caseId, "10.00");
        assertUnexecutable(new RemedyDecided(caseId, Remedy.REFUND_ONLY, noCustomer.refundAmount(), null, null, false,
                null, " ", noCustomer.merchantId(), noCustomer.orderId(), noCustomer.orderLineId(),
                noCustomer.serviceNo(), Actor.system("diagnosis-service")), "customerId is missing", "needs linePaid");
    }

    private void assertUnexecutable(RemedyDecided decided, String... reasons) {
        assertThatThrownBy(() -> planner.plan(decided, NOW))
                .isInstanceOf(UnexecutablePlan.class)
                .hasMessageContainingAll(reasons);
    }
}
