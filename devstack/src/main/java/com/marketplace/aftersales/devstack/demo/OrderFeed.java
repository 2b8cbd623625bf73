package com.marketplace.aftersales.devstack.demo;

import com.marketplace.aftersales.contracts.orders.OrderSnapshot;

/** Where the demo publishes its order as the orders team would: {@code commerce.orders.v1} on the run's broker. */
@FunctionalInterface
interface OrderFeed {

    /** Returns once the order is on the topic; throws if it could not be published. */
    void publish(OrderSnapshot order);
}
