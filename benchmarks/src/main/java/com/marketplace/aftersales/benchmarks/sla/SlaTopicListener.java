package com.marketplace.aftersales.benchmarks.sla;

import com.marketplace.aftersales.contracts.CloudEventHeaders;
import com.marketplace.aftersales.contracts.EventCodec;
import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.EventTypes;
import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.sla.SlaBreached;
import com.marketplace.aftersales.contracts.sla.SlaDeadlineAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads {@code aftersales.sla.v1} from the beginning, {@code read_committed} (what every consumer of the monitor
 * sees: only events of committed transactions), for the whole run: counts events by type and records each deadline
 * event ({@code SlaDeadlineAction}, {@code SlaBreached}) of this run's cases with its due time, its CloudEvents
 * {@code time} and when it arrived. No consumer group: it assigns itself every partition.
 */
public final class SlaTopicListener implements AutoCloseable {

    private static final String ACTION_TYPE = EventTypes.of(SlaDeadlineAction.class).name();
    private static final String BREACH_TYPE = EventTypes.of(SlaBreached.class).name();

    private final KafkaConsumer<String, byte[]> consumer;
    private final CaseIds ids;
    private final Thread thread;
    private final Map<String, LongAdder> countsByType = new ConcurrentHashMap<>();
    private final List<Firing> firings = new ArrayList<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile boolean running = true;

    private SlaTopicListener(String bootstrapServers, CaseIds ids) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        this.consumer = new KafkaConsumer<>(props);
        this.ids = ids;
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.SLA.name()).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        this.thread = new Thread(this::run, "sla-topic-listener");
        this.thread.setDaemon(true);
    }

    public static SlaTopicListener start(String bootstrapServers, CaseIds ids) {
        SlaTopicListener listener = new SlaTopicListener(bootstrapServers, ids);
        listener.thread.start();
        return listener;
    }

    /** How many events of the type, by its Java name (e.g. {@code SlaWarning}), it has read. */
    public long count(String type) {
        LongAdder adder = countsByType.get(type);
        return adder == null ? 0 : adder.sum();
    }

    public Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        countsByType.forEach((type, adder) -> counts.put(type, adder.sum()));
        return counts;
    }

    /** Everything recorded so far. */
    public synchronized Firings firings() {
        checkHealthy();
        return new Firings(List.copyOf(firings));
    }

    public void checkHealthy() {
        Throwable failed = failure.get();
        if (failed != null) {
            throw new IllegalStateException("The reader of " + Topics.SLA.name() + " failed: " + failed.getMessage(),
                    failed);
        }
    }

    @Override
    public synchronized void close() throws InterruptedException {
        if (!running) {
            return;
        }
        running = false;
        consumer.wakeup();
        thread.join(10_000);
    }

    private void run() {
        try {
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(100));
                long receivedAt = System.currentTimeMillis();
                List<Firing> batch = new ArrayList<>();
                for (ConsumerRecord<String, byte[]> record : records) {
                    String type = header(record, CloudEventHeaders.TYPE);
                    countsByType.computeIfAbsent(simpleName(type), t -> new LongAdder()).increment();
                    if (ACTION_TYPE.equals(type) || BREACH_TYPE.equals(type)) {
                        firingOf(record, receivedAt).ifPresent(batch::add);
                    }
                }
                if (!batch.isEmpty()) {
                    synchronized (this) {
                        firings.addAll(batch);
                    }
                }
            }
        } catch (WakeupException e) {
            if (running) {
                failure.set(e);
            }
        } catch (RuntimeException e) {
            failure.set(e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private Optional<Firing> firingOf(ConsumerRecord<String, byte[]> record, long receivedAt) {
        Optional<EventEnvelope<CaseEvent>> decoded = EventCodec.decode(record.value());
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        EventEnvelope<CaseEvent> envelope = decoded.get();
        long emittedAt = envelope.time().toEpochMilli();
        UUID eventId = UUID.fromString(envelope.id());
        if (envelope.data() instanceof SlaDeadlineAction action) {
            int index = ids.indexOf(action.caseId());
            return index < 0 ? Optional.empty() : Optional.of(new Firing(Firing.Kind.ACTION, index,
                    action.dueAt().toEpochMilli(), emittedAt, receivedAt, eventId));
        }
        if (envelope.data() instanceof SlaBreached breached) {
            int index = ids.indexOf(breached.caseId());
            Firing.Kind kind = breached.level() == 1 ? Firing.Kind.BREACH : Firing.Kind.BREACH_HIGHER;
            return index < 0 ? Optional.empty() : Optional.of(new Firing(kind, index,
                    breached.dueAt().toEpochMilli(), emittedAt, receivedAt, eventId));
        }
        return Optional.empty();
    }

    /** {@code aftersales.sla.SlaWarning} → {@code SlaWarning}. */
    private static String simpleName(String type) {
        if (type == null) {
            return "(no type)";
        }
        return EventTypes.byName(type).map(t -> t.javaType().getSimpleName()).orElse(type);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
