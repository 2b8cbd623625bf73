package com.marketplace.aftersales.testsupport;

import com.marketplace.aftersales.contracts.CloudEventHeaders;
import com.marketplace.aftersales.contracts.EventCodec;
import com.marketplace.aftersales.contracts.EventEnvelope;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes records straight to a topic, standing in for another service's relay (or for a broken producer). */
public final class TopicWriter implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    public TopicWriter(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer = new KafkaProducer<>(props);
    }

    /** Publishes an event the way the outbox relay does: structured body plus {@code ce_*} headers. */
    public RecordMetadata publish(EventEnvelope<?> event) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.ID, bytes(event.id()));
        headers.add(CloudEventHeaders.TYPE, bytes(event.type()));
        headers.add(CloudEventHeaders.SOURCE, bytes(event.source()));
        headers.add(CloudEventHeaders.SPEC_VERSION, bytes(event.specversion()));
        headers.add(CloudEventHeaders.TIME, bytes(event.time().toString()));
        headers.add(CloudEventHeaders.SUBJECT, bytes(event.subject()));
        return send(new ProducerRecord<>(event.topic().name(), null, event.subject(), EventCodec.encode(event),
                headers));
    }

    public RecordMetadata send(String topic, String key, byte[] value) {
        return send(new ProducerRecord<>(topic, key, value));
    }

    public RecordMetadata send(ProducerRecord<String, byte[]> record) {
        try {
            return producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not write to " + record.topic(), e);
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close();
    }
}
