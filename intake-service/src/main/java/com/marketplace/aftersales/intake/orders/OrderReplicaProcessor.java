package com.marketplace.aftersales.intake.orders;

import com.marketplace.aftersales.contracts.EventCodec;
import com.marketplace.aftersales.contracts.MalformedEventException;
import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.contracts.orders.OrderSnapshot;
import com.marketplace.aftersales.intake.IntakeMetrics;
import com.marketplace.aftersales.intake.IntakeProperties;
import com.marketplace.aftersales.platform.consumer.NonRetryableRecordException;
import com.marketplace.aftersales.platform.consumer.TopicRecordProcessor;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Keeps the order replica in step with {@code commerce.orders.v1}. Idempotent by nature: a record is a whole order,
 * applying it twice leaves the same rows, and an older record never overwrites a newer one. A record that is not an
 * order is poison (the platform dead-letters it at once); a failing database is retried by the platform's policy.
 */
@Component
class OrderReplicaProcessor implements TopicRecordProcessor {

    private static final Logger log = LoggerFactory.getLogger(OrderReplicaProcessor.class);

    private final OrderReplica replica;
    private final TransactionalOperator transactions;
    private final Clock clock;
    private final IntakeMetrics metrics;
    private final Duration timeout;

    OrderReplicaProcessor(OrderReplica replica, ReactiveTransactionManager transactionManager, Clock clock,
                          IntakeMetrics metrics, IntakeProperties properties) {
        this.replica = replica;
        this.transactions = TransactionalOperator.create(transactionManager);
        this.clock = clock;
        this.metrics = metrics;
        this.timeout = properties.orders().writeTimeout();
    }

    @Override
    public String topic() {
        return Topics.ORDERS.name();
    }

    @Override
    public void process(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            forget(record);
            return;
        }
        OrderSnapshot order = EventCodec.decodeOrder(record.value());
        OrderRecordCheck.requireUsable(order);
        if (record.key() != null && !record.key().equals(order.orderId())) {
            // Ordering (and so "newest wins") holds per key; a record keyed otherwise may overtake a newer one.
            throw new NonRetryableRecordException("Record keyed '" + record.key() + "' carries order "
                    + order.orderId() + "; orders must be keyed by their id");
        }
        boolean applied = Boolean.TRUE.equals(replica.upsert(order, record.partition(), record.offset(),
                        clock.instant())
                .as(transactions::transactional)
                .block(timeout));
        metrics.orderReplicated(applied ? "applied" : "stale");
        if (!applied) {
            log.atInfo().addKeyValue("orderId", order.orderId()).addKeyValue("offset", record.offset())
                    .log("Ignored an order record older than the replica's copy");
        }
    }

    /** A tombstone on the compacted topic: the orders team erased the order, so intake forgets it too. */
    private void forget(ConsumerRecord<String, byte[]> record) {
        if (record.key() == null) {
            throw new MalformedEventException("A record without value or key names no order");
        }
        replica.remove(record.key()).as(transactions::transactional).block(timeout);
        metrics.orderReplicated("removed");
    }
}
