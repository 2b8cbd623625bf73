package com.marketplace.aftersales.platform.consumer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Replays the service's dead-letter topic into the service after a fix: every record parked since the last replay is
 * processed again as if it had arrived on its original topic (the inbox still guarantees at most once). A record that
 * fails again goes back to the end of the dead-letter topic with a fresh reason and a replay count, so the next replay
 * tries it again and the topic never loses it. One replay at a time per instance.
 */
public class DeadLetterReplayer {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterReplayer.class);

    private final String deadLetterTopic;
    private final String serviceName;
    private final Map<String, Object> consumerProperties;
    private final InboundRouting routing;
    private final KafkaTemplate<String, byte[]> deadLetters;
    private final Duration timeout;
    private final AtomicBoolean running = new AtomicBoolean();

    public DeadLetterReplayer(String deadLetterTopic, String serviceName, Map<String, Object> consumerProperties,
                              InboundRouting routing, KafkaTemplate<String, byte[]> deadLetters, Duration timeout) {
        this.deadLetterTopic = deadLetterTopic;
        this.serviceName = serviceName;
        this.consumerProperties = consumerProperties;
        this.routing = routing;
        this.deadLetters = deadLetters;
        this.timeout = timeout;
    }

    public record Result(int replayed, int applied, int failedAgain, String topic) {
    }

    public Result replay() {
        if (!running.compareAndSet(false, true)) {
            throw new IllegalStateException("A replay of " + deadLetterTopic + " is already running");
        }
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties())) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic).stream()
                    .map(p -> new TopicPartition(deadLetterTopic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            // Only what was parked before this replay started: records failing again are appended after this mark.
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            int replayed = 0;
            int failed = 0;
            Instant deadline = Instant.now().plus(timeout);
            while (!reachedEnd(consumer, end)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Replay of " + deadLetterTopic + " did not finish within "
                            + timeout + " after " + replayed + " records");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= end.get(partition)) {
                        continue;
                    }
                    replayed++;
                    if (!replayOne(record)) {
                        failed++;
                    }
                    consumer.commitSync(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)));
                }
            }
            Result result = new Result(replayed, replayed - failed, failed, deadLetterTopic);
            log.info("Replayed {}: {}", deadLetterTopic, result);
            return result;
        } finally {
            running.set(false);
        }
    }

    private boolean replayOne(ConsumerRecord<String, byte[]> parked) {
        String originalTopic = DeadLetterHeaders.text(parked.headers(), DeadLetterHeaders.ORIGINAL_TOPIC);
        int partition = DeadLetterHeaders.intValue(parked.headers(), DeadLetterHeaders.ORIGINAL_PARTITION, 0);
        long offset = DeadLetterHeaders.longValue(parked.headers(), DeadLetterHeaders.ORIGINAL_OFFSET, -1);
        ConsumerRecord<String, byte[]> original = new ConsumerRecord<>(originalTopic, partition, offset,
                parked.timestamp(), TimestampType.CREATE_TIME, -1, -1, parked.key(), parked.value(),
                parked.headers(), java.util.Optional.empty());
        try {
            routing.process(originalTopic, original);
            return true;
        } catch (RuntimeException e) {
            log.warn("Replayed record from {} (offset {}) failed again: {}", originalTopic, offset,
                    DeadLetterHeaders.reasonOf(e));
            parkAgain(parked, e);
            return false;
        }
    }

    private void parkAgain(ConsumerRecord<String, byte[]> parked, RuntimeException failure) {
        RecordHeaders headers = new RecordHeaders(parked.headers().toArray());
        int replays = DeadLetterHeaders.intValue(parked.headers(), DeadLetterHeaders.REPLAY_COUNT, 0) + 1;
        headers.remove(DeadLetterHeaders.REASON);
        headers.remove(DeadLetterHeaders.REPLAY_COUNT);
        headers.add(DeadLetterHeaders.REASON, DeadLetterHeaders.reasonOf(failure).getBytes(StandardCharsets.UTF_8));
        headers.add(DeadLetterHeaders.REPLAY_COUNT, String.valueOf(replays).getBytes(StandardCharsets.UTF_8));
        try {
            deadLetters.send(new ProducerRecord<>(deadLetterTopic, null, parked.key(), parked.value(), headers))
                    .get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while parking a record again", e);
        } catch (ExecutionException | TimeoutException e) {
            // Not committing past it keeps the record in the dead-letter topic for the next replay.
            throw new IllegalStateException("Could not park a record again; stopping the replay", e);
        }
    }

    private static boolean reachedEnd(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> entry : end.entrySet()) {
            if (consumer.position(entry.getKey()) < entry.getValue()) {
                return false;
            }
        }
        return true;
    }

    private Properties properties() {
        Properties props = new Properties();
        props.putAll(consumerProperties);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, serviceName + "-dlt-replay");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, serviceName + "-dlt-replay");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return props;
    }
}
