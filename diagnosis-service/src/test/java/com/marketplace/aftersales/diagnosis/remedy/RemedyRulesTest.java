package com.marketplace.aftersales.diagnosis.remedy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.aftersales.contracts.diagnosis.RemedyDecided;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.event.ServiceType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RemedyRulesTest {

    private static final Money PAID = Money.of("129.00", "CNY");
    private static final Actor SYSTEM = Actor.system("diagnosis-service");

    private final RemedyRules rules = new RemedyRules(
            new ReturnWarehouses(Map.of("merchant-demo-1", "warehouse-demo-1"), "warehouse-fallback"));

    @ParameterizedTest(name = "{0} proposes {1}")
    @CsvSource({"RETURN_REFUND, RETURN_REFUND", "REFUND_ONLY, REFUND_ONLY", "EXCHANGE, EXCHANGE",
            "REPAIR, REPAIR", "COMPENSATION, COMPENSATION"})
    void theRequestedServiceIsTheProposedRemedy(ServiceType serviceType, Remedy expected) {
        assertThat(RemedyRules.proposedFor(serviceType)).isEqualTo(expected);
    }

    @Test
    void aRefundIsTheRequestedAmount() {
        RemedyDecided decided = decide(Remedy.RETURN_REFUND, Money.of("99.50", "CNY"), "merchant-demo-1");

        assertThat(decided.refundAmount()).isEqualTo(Money.of("99.50", "CNY"));
        assertThat(decided.linePaid()).isEqualTo(PAID);
    }

    @Test
    void withoutARequestedAmountTheLineIsRefundedInFull() {
        assertThat(decide(Remedy.REFUND_ONLY, null, "merchant-demo-1").refundAmount()).isEqualTo(PAID);
    }

    @Test
    void aRefundNeverExceedsWhatWasPaid() {
        assertThat(decide(Remedy.REFUND_ONLY, Money.of("500.00", "CNY"), "merchant-demo-1").refundAmount())
                .isEqualTo(PAID);
    }

    @Test
    void aRequestedAmountInAnotherCurrencyOrNotPositiveIsNotUsed() {
        assertThat(decide(Remedy.REFUND_ONLY, Money.of("10.00", "USD"), "m").refundAmount()).isEqualTo(PAID);
        assertThat(decide(Remedy.REFUND_ONLY, Money.of("0.00", "CNY"), "m").refundAmount()).isEqualTo(PAID);
    }

    @Test
    void remediesThatRefundNothingCarryNoRefundAmount() {
        assertThat(decide(Remedy.EXCHANGE, Money.of("10.00", "CNY"), "m").refundAmount()).isNull();
        assertThat(decide(Remedy.REPAIR, null, "m").refundAmount()).isNull();
        assertThat(decide(Remedy.RESHIP, Money.of("10.00", "CNY"), "m").refundAmount()).isNull();
    }

    @Test
    void compensationPaysTheApprovedAmountAndNoRefund() {
        RemedyDecided decided = rules.decide(new RemedyRequest(UUID.randomUUID(), Remedy.COMPENSATION,
                Money.of("30.00", "CNY"), PAID, Money.of("15.00", "CNY"), "customer-1", "m", "order-1", "line-1",
                "AS-1"), SYSTEM);

        assertThat(decided.compensationAmount()).isEqualTo(Money.of("15.00", "CNY"));
        assertThat(decided.refundAmount()).isNull();
    }

    @Test
    void aPartialRefundPaysTheDecidedAmountWithoutAReturn() {
        RemedyDecided decided = rules.decide(new RemedyRequest(UUID.randomUUID(), Remedy.PARTIAL_REFUND, null, PAID,
                Money.of("40.00", "CNY"), "customer-1", "merchant-demo-1", "order-1", "line-1", "AS-1"), SYSTEM);

        assertThat(decided.refundAmount()).isEqualTo(Money.of("40.00", "CNY"));
        assertThat(decided.compensationAmount()).isNull();
        assertThat(decided.returnRequired()).isFalse();
        assertThat(decided.warehouseId()).isNull();
    }

    @Test
    void remediesWithADecidedAmountCannotBeDecidedWithoutOne() {
        assertThatThrownBy(() -> decide(Remedy.COMPENSATION, null, "m"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> decide(Remedy.PARTIAL_REFUND, null, "m"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}: return required {1}")
    @CsvSource({"RETURN_REFUND, true", "EXCHANGE, true", "REPAIR, true", "REFUND_ONLY, false", "RESHIP, false"})
    void goodsComeBackForReturnsExchangesAndRepairs(Remedy remedy, boolean returnRequired) {
        RemedyDecided decided = decide(remedy, null, "merchant-demo-1");

        assertThat(decided.returnRequired()).isEqualTo(returnRequired);
        assertThat(decided.warehouseId()).isEqualTo(returnRequired ? "warehouse-demo-1" : null);
    }

    @Test
    void returnsOfAMerchantWithoutAWarehouseGoToTheFallback() {
        assertThat(decide(Remedy.RETURN_REFUND, null, "merchant-unknown").warehouseId())
                .isEqualTo("warehouse-fallback");
    }

    @Test
    void thePlanCarriesEverythingFulfillmentNeeds() {
        UUID caseId = UUID.randomUUID();
        RemedyDecided decided = rules.decide(new RemedyRequest(caseId, Remedy.RETURN_REFUND, null, PAID, "customer-1",
                "merchant-demo-1", "order-1", "line-1", "AS-1"), SYSTEM);

        assertThat(decided.caseId()).isEqualTo(caseId);
        assertThat(decided.remedy()).isEqualTo(Remedy.RETURN_REFUND);
        assertThat(decided.customerId()).isEqualTo("customer-1");
        assertThat(decided.merchantId()).isEqualTo("merchant-demo-1");
        assertThat(decided.orderId()).isEqualTo("order-1");
        assertThat(decided.orderLineId()).isEqualTo("line-1");
        assertThat(decided.serviceNo()).isEqualTo("AS-1");
        assertThat(decided.actor()).isEqualTo(SYSTEM);
    }

    @Test
    void theDefaultWarehousesServeTheDemoMerchant() {
        ReturnWarehouses defaults = new ReturnWarehouses(null, null);

        assertThat(defaults.forMerchant("merchant-demo-1")).isEqualTo("warehouse-demo-1");
        assertThat(defaults.forMerchant("someone-else")).isEqualTo(ReturnWarehouses.DEFAULT_FALLBACK);
    }

    private RemedyDecided decide(Remedy remedy, Money requested, String merchantId) {
        return rules.decide(new RemedyRequest(UUID.randomUUID(), remedy, requested, PAID, "customer-1", merchantId,
                "order-1", "line-1", "AS-1"), SYSTEM);
    }
}
