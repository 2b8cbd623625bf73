package com.marketplace.aftersales.devstack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.EventCodec;
import com.marketplace.aftersales.contracts.orders.OrderLine;
import com.marketplace.aftersales.contracts.orders.OrderSnapshot;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoOrdersTest {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void everyDemoOrderSurvivesTheOrdersTopicEncoding() {
        for (OrderSnapshot order : DemoOrders.orders(NOW)) {
            assertThat(EventCodec.decodeOrder(EventCodec.encodeOrder(order))).isEqualTo(order);
        }
    }

    @Test
    void theOrdersAreTwoDemoCustomersBuyingFromTheDemoMerchantDeliveredTwoDaysAgo() {
        List<OrderSnapshot> orders = DemoOrders.orders(NOW);

        assertThat(orders).extracting(OrderSnapshot::orderId)
                .containsExactly(DemoOrders.ORDER_1, DemoOrders.ORDER_2, DemoOrders.ORDER_3);
        assertThat(orders).extracting(OrderSnapshot::customerId)
                .containsExactly(DemoOrders.CUSTOMER_1, DemoOrders.CUSTOMER_2, DemoOrders.CUSTOMER_1);
        assertThat(orders).allSatisfy(order -> {
            assertThat(order.merchantId()).isEqualTo("merchant-demo-1");
            assertThat(order.currency()).isEqualTo("CNY");
            assertThat(order.deliveredAt()).isEqualTo(NOW.minus(Duration.ofDays(2)));
            assertThat(order.placedAt()).isBefore(order.deliveredAt());
            assertThat(order.lines()).hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(line -> assertThat(line.lineId()).startsWith(order.orderId()));
        });
    }

    @Test
    void theLinesCoverElectronicsAnAccessoryAndNonReturnableFreshFood() {
        OrderSnapshot first = DemoOrders.orders(NOW).get(0);

        assertThat(first.lines()).extracting(OrderLine::lineId)
                .containsExactly(DemoOrders.ORDER_1_EARBUDS, DemoOrders.ORDER_1_CASE, DemoOrders.ORDER_1_FRUIT);
        OrderLine earbuds = first.lines().get(0);
        assertThat(earbuds.category()).isEqualTo("electronics");
        assertThat(earbuds.amountPaid()).isEqualByComparingTo(new BigDecimal("129.00"));
        assertThat(earbuds.warrantyDays()).isEqualTo(365);
        assertThat(earbuds.returnable()).isTrue();
        assertThat(first.lines().get(1).amountPaid()).isEqualByComparingTo(new BigDecimal("39.90"));
        OrderLine fruit = first.lines().get(2);
        assertThat(fruit.category()).isEqualTo("fresh-food");
        assertThat(fruit.returnable()).isFalse();
        assertThat(new String(EventCodec.encodeOrder(first))).contains("\"amountPaid\":\"129.00\"");
    }

    @Test
    void aFreshOrderIsTheFirstDemoCustomersEarbudsFromTheDemoMerchantUnderANewIdEachRun() {
        String orderId = DemoOrders.freshOrderId();
        OrderSnapshot order = DemoOrders.freshOrder(orderId, NOW);

        assertThat(orderId).matches("order-demo-run-[0-9a-f]{12}");
        assertThat(DemoOrders.freshOrderId()).isNotEqualTo(orderId);
        assertThat(order.orderId()).isEqualTo(orderId);
        assertThat(order.customerId()).isEqualTo(DemoOrders.CUSTOMER_1);
        assertThat(order.merchantId()).isEqualTo(DemoOrders.MERCHANT);
        assertThat(order.deliveredAt()).isEqualTo(NOW.minus(Duration.ofDays(2)));
        assertThat(order.placedAt()).isBefore(order.deliveredAt());
        OrderLine claimed = order.lines().get(0);
        assertThat(claimed.lineId()).isEqualTo(orderId + "-1");
        assertThat(claimed.category()).isEqualTo("electronics");
        assertThat(claimed.amountPaid()).isEqualByComparingTo(new BigDecimal("129.00"));
        assertThat(claimed.returnable()).isTrue();
        assertThat(EventCodec.decodeOrder(EventCodec.encodeOrder(order))).isEqualTo(order);
    }
}
