package com.marketplace.aftersales.platform.outbox;

import com.marketplace.aftersales.contracts.CloudEventHeaders;
import com.marketplace.aftersales.contracts.EventEnvelope;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Sends outbox rows with an idempotent producer ({@code acks=all}, at most five requests in flight), which keeps the
 * order of a partition's records and never writes one twice within a producer session. Across sessions (a crash
 * after the send, before the row is marked) a row can be sent again: consumers de-duplicate by {@code ce_id}.
 */
class OutboxPublisher implements AutoCloseable {

    private final Producer<String, byte[]> producer;
    private final String source;
    private final KafkaClientMetrics clientMetrics;

    OutboxPublisher(Producer<String, byte[]> producer, String source, KafkaClientMetrics clientMetrics,
                    MeterRegistry registry) {
        this.producer = producer;
        this.source = source;
        this.clientMetrics = clientMetrics;
        clientMetrics.bindTo(registry);
    }

    /** Sends all rows, then waits for every acknowledgement; a row's result is its metadata or its failure. */
    List<SendOutcome> publish(List<OutboxRow> rows, Duration timeout) {
        List<Future<RecordMetadata>> pending = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            try {
                pending.add(producer.send(toRecord(row)));
            } catch (RuntimeException e) {
                pending.add(java.util.concurrent.CompletableFuture.failedFuture(e));
            }
        }
        producer.flush();
        long deadline = System.nanoTime() + timeout.toNanos();
        List<SendOutcome> outcomes = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            outcomes.add(await(rows.get(i), pending.get(i), deadline));
        }
        return outcomes;
    }

    private static SendOutcome await(OutboxRow row, Future<RecordMetadata> future, long deadline) {
        try {
            long remaining = Math.max(0, deadline - System.nanoTime());
            future.get(remaining, TimeUnit.NANOSECONDS);
            return SendOutcome.sent(row);
        } catch (ExecutionException e) {
            return SendOutcome.failed(row, e.getCause());
        } catch (TimeoutException e) {
            return SendOutcome.failed(row, new org.apache.kafka.common.errors.TimeoutException(
                    "no acknowledgement within the send timeout"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendOutcome.failed(row, e);
        }
    }

    private ProducerRecord<String, byte[]> toRecord(OutboxRow row) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.ID, row.eventId().toString());
        header(headers, CloudEventHeaders.TYPE, row.eventType());
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.SPEC_VERSION, EventEnvelope.SPEC_VERSION);
        header(headers, CloudEventHeaders.TIME, row.createdAt().toString());
        header(headers, CloudEventHeaders.SUBJECT, row.key());
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.STRUCTURED_CONTENT_TYPE);
        if (row.traceparent() != null) {
            header(headers, CloudEventHeaders.TRACEPARENT, row.traceparent());
        }
        // The record timestamp is the event's time, so stream processing sees when it happened, not when it was relayed.
        return new ProducerRecord<>(row.topic(), null, row.createdAt().toEpochMilli(), row.key(),
                row.payload().getBytes(StandardCharsets.UTF_8), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        clientMetrics.close();
        producer.close(Duration.ofSeconds(10));
    }

    record SendOutcome(OutboxRow row, Throwable failure) {
        static SendOutcome sent(OutboxRow row) {
            return new SendOutcome(row, null);
        }

        static SendOutcome failed(OutboxRow row, Throwable failure) {
            return new SendOutcome(row, failure);
        }

        boolean succeeded() {
            return failure == null;
        }
    }
}
