package com.marketplace.aftersales.benchmarks.sla;

import com.marketplace.aftersales.benchmarks.infra.Progress;
import com.marketplace.aftersales.contracts.CloudEventHeaders;
import com.marketplace.aftersales.contracts.Component;
import com.marketplace.aftersales.contracts.EventCodec;
import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.contracts.diagnosis.MerchantVerificationRequested;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.Remedy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Starts the plan's clocks the way diagnosis does: one {@code MerchantVerificationRequested} per case on
 * {@code aftersales.diagnosis.v1}, key = case id, structured CloudEvent body plus {@code ce_*} headers, record
 * timestamp = event time (as the outbox relay stamps it). Batched, idempotent, {@code acks=all}.
 */
public final class ClockLoader {

    private static final Actor DIAGNOSIS = Actor.system(Component.DIAGNOSIS_SERVICE.serviceName());

    /** What producing took. */
    public record Produced(Instant startedAt, Instant finishedAt, long records, long bodyBytes) {

        public double seconds() {
            return Duration.between(startedAt, finishedAt).toMillis() / 1000.0;
        }
    }

    private ClockLoader() {
    }

    public static Produced produce(String bootstrapServers, ClockPlan plan, long eventIdBits, Progress progress) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 64L * 1024 * 1024);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 120_000);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        String topic = Topics.DIAGNOSIS.name();
        AtomicReference<Exception> failure = new AtomicReference<>();
        AtomicLong acknowledged = new AtomicLong();
        long bytes = 0;
        Instant started = Instant.now();
        int step = Math.max(plan.count() / 10, 1);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props)) {
            for (int i = 0; i < plan.count(); i++) {
                if (failure.get() != null) {
                    break;
                }
                UUID caseId = plan.ids().of(i);
                Instant time = plan.startOf(i);
                EventEnvelope<MerchantVerificationRequested> envelope = EventEnvelope.of(
                        new MerchantVerificationRequested(caseId, "merchant-bench-" + (i % 1000),
                                Remedy.RETURN_REFUND, DIAGNOSIS),
                        Component.DIAGNOSIS_SERVICE, new UUID(eventIdBits, i), time);
                byte[] body = EventCodec.encode(envelope);
                bytes += body.length;
                producer.send(new ProducerRecord<>(topic, null, time.toEpochMilli(), envelope.subject(), body,
                        headersOf(envelope)), (metadata, exception) -> {
                    if (exception != null) {
                        failure.compareAndSet(null, exception);
                    } else {
                        acknowledged.incrementAndGet();
                    }
                });
                if ((i + 1) % step == 0) {
                    progress.line("load", "sent %,d of %,d", i + 1, plan.count());
                }
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("Producing the clocks failed: " + failure.get().getMessage(),
                    failure.get());
        }
        return new Produced(started, Instant.now(), acknowledged.get(), bytes);
    }

    private static RecordHeaders headersOf(EventEnvelope<?> envelope) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.ID, bytes(envelope.id()));
        headers.add(CloudEventHeaders.TYPE, bytes(envelope.type()));
        headers.add(CloudEventHeaders.SOURCE, bytes(envelope.source()));
        headers.add(CloudEventHeaders.SPEC_VERSION, bytes(envelope.specversion()));
        headers.add(CloudEventHeaders.TIME, bytes(envelope.time().toString()));
        headers.add(CloudEventHeaders.SUBJECT, bytes(envelope.subject()));
        headers.add(CloudEventHeaders.CONTENT_TYPE, bytes(CloudEventHeaders.STRUCTURED_CONTENT_TYPE));
        return headers;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
