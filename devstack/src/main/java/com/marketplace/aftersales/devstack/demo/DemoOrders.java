package com.marketplace.aftersales.devstack.demo;

import com.marketplace.aftersales.contracts.orders.OrderLine;
import com.marketplace.aftersales.contracts.orders.OrderSnapshot;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The orders a local run starts with, as the orders team would publish them: two demo customers buying from one demo
 * merchant. Delivered two days before {@code now}, so every kind of request (including a no-reason return) is still
 * open to them. The ids are constants so the demo command and tests can refer to them.
 */
public final class DemoOrders {

    public static final String CUSTOMER_1 = "customer-demo-1";
    public static final String CUSTOMER_2 = "customer-demo-2";
    public static final String MERCHANT = "merchant-demo-1";
    /** Where the demo merchant's returns go. */
    public static final String WAREHOUSE = "warehouse-demo-1";
    public static final String CURRENCY = "CNY";
    public static final int WARRANTY_DAYS = 365;

    public static final String ORDER_1 = "order-demo-1001";
    public static final String ORDER_2 = "order-demo-1002";
    public static final String ORDER_3 = "order-demo-1003";

    /** Electronics, 129.00: the line for refunds, returns, exchanges and repairs. */
    public static final String ORDER_1_EARBUDS = ORDER_1 + "-1";
    /** An accessory, 39.90. */
    public static final String ORDER_1_CASE = ORDER_1 + "-2";
    /** Fresh food: not returnable without a reason. */
    public static final String ORDER_1_FRUIT = ORDER_1 + "-3";
    public static final String ORDER_2_EARBUDS = ORDER_2 + "-1";
    public static final String ORDER_2_CABLE = ORDER_2 + "-2";
    public static final String ORDER_2_MILK = ORDER_2 + "-3";
    public static final String ORDER_3_SPEAKER = ORDER_3 + "-1";
    public static final String ORDER_3_CASE = ORDER_3 + "-2";

    /** The prefix of the orders {@link #freshOrder} makes, one per run of {@code ./aftersales demo}. */
    public static final String FRESH_ORDER_PREFIX = "order-demo-run-";

    public static final Duration DELIVERED_AGO = Duration.ofDays(2);
    private static final Duration PLACED_BEFORE_DELIVERY = Duration.ofDays(3);

    private DemoOrders() {
    }

    public static List<OrderSnapshot> orders(Instant now) {
        Instant delivered = now.minus(DELIVERED_AGO);
        Instant placed = delivered.minus(PLACED_BEFORE_DELIVERY);
        return List.of(
                new OrderSnapshot(ORDER_1, CUSTOMER_1, MERCHANT, placed, delivered, "ALIPAY", CURRENCY, List.of(
                        electronics(ORDER_1_EARBUDS, "SKU-EARBUDS-PRO", "Wireless earbuds Pro", "129.00"),
                        accessory(ORDER_1_CASE, "SKU-EARBUDS-CASE", "Silicone earbuds case", "39.90"),
                        freshFood(ORDER_1_FRUIT, "SKU-MANGO-2KG", "Fresh mangoes 2 kg", "59.00"))),
                new OrderSnapshot(ORDER_2, CUSTOMER_2, MERCHANT, placed, delivered, "WECHAT_PAY", CURRENCY, List.of(
                        electronics(ORDER_2_EARBUDS, "SKU-EARBUDS-PRO", "Wireless earbuds Pro", "129.00"),
                        accessory(ORDER_2_CABLE, "SKU-USB-C-CABLE", "USB-C cable 1 m", "39.90"),
                        freshFood(ORDER_2_MILK, "SKU-MILK-12", "Fresh milk, 12 bottles", "45.00"))),
                new OrderSnapshot(ORDER_3, CUSTOMER_1, MERCHANT, placed, delivered, "CARD", CURRENCY, List.of(
                        electronics(ORDER_3_SPEAKER, "SKU-SPEAKER-MINI", "Bluetooth speaker mini", "129.00"),
                        accessory(ORDER_3_CASE, "SKU-SPEAKER-STRAP", "Speaker strap", "39.90"))));
    }

    /**
     * One new order of {@link #CUSTOMER_1} from {@link #MERCHANT}, delivered two days before {@code now}: wireless
     * earbuds (line {@code <orderId>-1}, 129.00, the line the demo claims for) and a case. The demo command files its
     * request for an order of its own each time, because an order line with an open case cannot be claimed again.
     */
    public static OrderSnapshot freshOrder(String orderId, Instant now) {
        Instant delivered = now.minus(DELIVERED_AGO);
        return new OrderSnapshot(orderId, CUSTOMER_1, MERCHANT, delivered.minus(PLACED_BEFORE_DELIVERY), delivered,
                "ALIPAY", CURRENCY, List.of(
                        electronics(orderId + "-1", "SKU-EARBUDS-PRO", "Wireless earbuds Pro", "129.00"),
                        accessory(orderId + "-2", "SKU-EARBUDS-CASE", "Silicone earbuds case", "39.90")));
    }

    /** @return an order id no earlier run has used, e.g. {@code order-demo-run-5f0c2a9e1b7d} */
    public static String freshOrderId() {
        return FRESH_ORDER_PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static OrderLine electronics(String lineId, String sku, String title, String price) {
        return line(lineId, sku, title, "electronics", price, true);
    }

    private static OrderLine accessory(String lineId, String sku, String title, String price) {
        return line(lineId, sku, title, "accessories", price, true);
    }

    private static OrderLine freshFood(String lineId, String sku, String title, String price) {
        return line(lineId, sku, title, "fresh-food", price, false);
    }

    private static OrderLine line(String lineId, String sku, String title, String category, String price,
                                  boolean returnable) {
        BigDecimal amount = new BigDecimal(price);
        return new OrderLine(lineId, sku, title, category, 1, amount, amount, returnable, WARRANTY_DAYS);
    }
}
