package com.marketplace.aftersales.devstack.demo;

import com.marketplace.aftersales.contracts.EventCodec;
import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.contracts.orders.OrderSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes the demo orders to {@code commerce.orders.v1}, playing the orders team. Done on every start: a newer
 * record replaces the older one, which keeps the delivery date two days back however old the local data is.
 */
public final class DemoOrderPublisher {

    private DemoOrderPublisher() {
    }

    /** @return the orders published */
    public static List<OrderSnapshot> publish(String bootstrapServers, Instant now) {
        List<OrderSnapshot> orders = DemoOrders.orders(now);
        send(bootstrapServers, orders);
        return orders;
    }

    /** Publishes one order (the demo command's fresh one), and returns once the broker has acknowledged it. */
    public static OrderSnapshot publish(String bootstrapServers, OrderSnapshot order) {
        send(bootstrapServers, List.of(order));
        return order;
    }

    private static void send(String bootstrapServers, List<OrderSnapshot> orders) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "30000");
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "aftersales-devstack-demo-orders");
        try (KafkaProducer<String, byte[]> producer =
                     new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            for (OrderSnapshot order : orders) {
                producer.send(new ProducerRecord<>(Topics.ORDERS.name(), order.orderId(),
                        EventCodec.encodeOrder(order))).get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing the demo orders", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not publish the demo orders: " + e.getCause().getMessage(), e);
        } catch (KafkaException e) {
            // e.g. the broker did not answer within max.block.ms
            throw new IllegalStateException("Could not publish the demo orders: " + e.getMessage(), e);
        }
    }
}
