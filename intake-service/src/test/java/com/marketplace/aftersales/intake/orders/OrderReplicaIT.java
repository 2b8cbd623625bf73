package com.marketplace.aftersales.intake.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.marketplace.aftersales.contracts.EventCodec;
import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.contracts.orders.OrderSnapshot;
import com.marketplace.aftersales.intake.IntakeIntegrationTest;
import com.marketplace.aftersales.platform.consumer.DeadLetterHeaders;
import com.marketplace.aftersales.testsupport.TopicProbe;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OrderReplicaIT extends IntakeIntegrationTest {

    private static final String DEAD_LETTERS = "aftersales.intake-service.dlt";

    @Autowired
    OrderReplica replica;

    @Test
    void anOrderPublishedByTheOrdersTeamIsReplicatedWithItsLines() {
        OrderSnapshot order = orderOf(newCustomer());

        publishOrder(order);

        ReplicatedOrder stored = awaitReplica(order.orderId(), found -> true);
        assertThat(stored.customerId()).isEqualTo(order.customerId());
        assertThat(stored.merchantId()).isEqualTo(order.merchantId());
        assertThat(stored.currency()).isEqualTo("CNY");
        assertThat(stored.paymentMethod()).isEqualTo("ALIPAY");
        assertThat(stored.deliveredAt()).isEqualTo(order.deliveredAt());
        assertThat(stored.lines()).extracting(ReplicatedLine::lineId)
                .containsExactly(order.orderId() + "-1", order.orderId() + "-2");
        assertThat(stored.line(order.orderId() + "-1").orElseThrow().amountPaid()).isEqualByComparingTo("129.00");
    }

    @Test
    void aNewerRecordReplacesTheOrderAndItsLinesAsAWhole() {
        OrderSnapshot first = orderOf(newCustomer());
        publishOrder(first);
        awaitReplica(first.orderId(), found -> found.lines().size() == 2);

        // The orders team corrected the paid amount of line 1, dropped line 2 and added line 3.
        OrderSnapshot newer = new OrderSnapshot(first.orderId(), first.customerId(), first.merchantId(),
                first.placedAt(), first.deliveredAt(), "WECHAT_PAY", "CNY", List.of(
                line(first.orderId() + "-1", "SKU-EARBUDS", "Wireless earbuds", "electronics", "119.00"),
                line(first.orderId() + "-3", "SKU-CABLE", "USB-C cable", "accessories", "19.90")));
        publishOrder(newer);

        ReplicatedOrder stored = awaitReplica(first.orderId(), found -> "WECHAT_PAY".equals(found.paymentMethod()));
        assertThat(stored.lines()).extracting(ReplicatedLine::lineId)
                .containsExactly(first.orderId() + "-1", first.orderId() + "-3");
        assertThat(stored.line(first.orderId() + "-1").orElseThrow().amountPaid())
                .isEqualByComparingTo(new BigDecimal("119.00"));
    }

    @Test
    void recordsThatAreNotUsableOrdersAreDeadLetteredAndThePartitionKeepsMoving() {
        OrderSnapshot order = orderOf(newCustomer());
        OrderSnapshot withoutCurrency = new OrderSnapshot(order.orderId(), order.customerId(), order.merchantId(),
                order.placedAt(), order.deliveredAt(), order.paymentMethod(), null, order.lines());
        try (TopicProbe deadLetters = new TopicProbe(INFRA.bootstrapServers(), DEAD_LETTERS)) {
            // Same key, so the same partition: the good record after the poison ones proves nothing is stuck.
            topics.send(Topics.ORDERS.name(), order.orderId(), "{not an order".getBytes(StandardCharsets.UTF_8));
            topics.send(Topics.ORDERS.name(), order.orderId(), EventCodec.encodeOrder(withoutCurrency));
            publishOrder(order);

            awaitReplica(order.orderId(), found -> true);
            List<ConsumerRecord<String, byte[]>> parked = deadLetters.awaitRecords(
                    received -> received.stream().filter(r -> order.orderId().equals(r.key())).count() == 2, WAIT)
                    .stream().filter(r -> order.orderId().equals(r.key())).toList();
            assertThat(new String(parked.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{not an order");
            assertThat(DeadLetterHeaders.text(parked.get(0).headers(), DeadLetterHeaders.REASON))
                    .contains("MalformedEventException");
            assertThat(DeadLetterHeaders.text(parked.get(1).headers(), DeadLetterHeaders.REASON))
                    .contains("MalformedEventException").contains("currency");
            assertThat(DeadLetterHeaders.text(parked.get(1).headers(), DeadLetterHeaders.ORIGINAL_TOPIC))
                    .isEqualTo(Topics.ORDERS.name());
        }
    }

    private ReplicatedOrder awaitReplica(String orderId, java.util.function.Predicate<ReplicatedOrder> condition) {
        return await().atMost(WAIT).until(() -> replica.find(orderId).blockOptional(WAIT).orElse(null),
                found -> found != null && condition.test(found));
    }
}
