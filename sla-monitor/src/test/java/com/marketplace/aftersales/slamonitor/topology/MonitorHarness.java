package com.marketplace.aftersales.slamonitor.topology;

import com.marketplace.aftersales.contracts.CloudEventHeaders;
import com.marketplace.aftersales.contracts.Component;
import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.contracts.EventCodec;
import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.sla.SlaBreached;
import com.marketplace.aftersales.contracts.sla.SlaClockPaused;
import com.marketplace.aftersales.contracts.sla.SlaClockResumed;
import com.marketplace.aftersales.contracts.sla.SlaClockStarted;
import com.marketplace.aftersales.contracts.sla.SlaClockStopped;
import com.marketplace.aftersales.contracts.sla.SlaDeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.contracts.sla.SlaWarning;
import com.marketplace.aftersales.slamonitor.SlaProperties;
import com.marketplace.aftersales.slamonitor.calendar.Calendars;
import com.marketplace.aftersales.slamonitor.clocks.ClockRules;
import com.marketplace.aftersales.slamonitor.clocks.TimerFiring;
import com.marketplace.aftersales.slamonitor.clocks.SlaMetrics;
import com.marketplace.aftersales.slamonitor.policies.ClockPolicies;
import com.marketplace.aftersales.slamonitor.policies.ClockPolicy;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import java.util.ArrayList;

/**
 * The production topology in a {@link TopologyTestDriver}: events go in as the owning services' relays write them
 * (record timestamp = the wall clock when published), the wall clock moves only when a test says so, and what the
 * monitor published is read back as envelopes. No sleeps: the driver is synchronous. The stores are in memory unless
 * a test asks for RocksDB (production's), see {@link StoreType}.
 */
final class MonitorHarness implements AutoCloseable {

    static final Instant START = Instant.parse("2026-11-23T02:00:00Z");

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final TopologyTestDriver driver;
    private final Map<String, TestInputTopic<String, byte[]>> inputs = new HashMap<>();
    private final TestOutputTopic<String, byte[]> sla;
    private final TestOutputTopic<String, byte[]> deadLetters;
    private Instant now = START;

    MonitorHarness(SlaProperties properties, Path stateDir) {
        this(properties, stateDir, StoreType.IN_MEMORY);
    }

    /**
     * @param storeType {@link StoreType#IN_MEMORY} unless the test is about the store: the driver flushes RocksDB after
     *                  every record, which costs about 80 ms each
     */
    MonitorHarness(SlaProperties properties, Path stateDir, StoreType storeType) {
        this(properties, stateDir, storeType, START);
    }

    /** @param wallClock where the wall clock starts */
    MonitorHarness(SlaProperties properties, Path stateDir, StoreType storeType, Instant wallClock) {
        ClockPolicies policies = ClockPolicies.standard();
        SlaMetrics metrics = new SlaMetrics(registry, policies.all().stream().map(ClockPolicy::id).toList());
        SlaTopology topology = new SlaTopology(ClockRules.of(policies, properties, Calendars.shipped()), metrics,
                TimerFiring.of(properties), SlaTopology.OUTPUT_TOPIC, storeType);
        driver = new TopologyTestDriver(topology.build(), StreamsSettings.of(Map.of("bootstrap.servers", "driver:9092"),
                properties.streams(), properties.rocksdb(), stateDir, metrics), wallClock);
        now = wallClock;
        for (String topic : SlaTopology.INPUT_TOPICS) {
            inputs.put(topic, driver.createInputTopic(topic, new StringSerializer(), new ByteArraySerializer()));
        }
        sla = driver.createOutputTopic(SlaTopology.OUTPUT_TOPIC, new StringDeserializer(), new ByteArrayDeserializer());
        deadLetters = driver.createOutputTopic(Topics.deadLetter(Component.SLA_MONITOR).name(), new StringDeserializer(),
                new ByteArrayDeserializer());
    }

    /** Publishes the event with {@code ce_*} headers, keyed by its case, stamped with the current wall clock. */
    <E extends CaseEvent> EventEnvelope<E> publish(EventEnvelope<E> event) {
        return publish(event, now, new RecordHeaders());
    }

    /**
     * Publishes with an explicit record timestamp (when the relay wrote it) and extra headers: a record written long
     * ago is what the monitor reads when it replays a backlog.
     */
    <E extends CaseEvent> EventEnvelope<E> publish(EventEnvelope<E> event, Instant writtenAt, Headers extra) {
        Headers headers = new RecordHeaders(extra.toArray());
        header(headers, CloudEventHeaders.ID, event.id());
        header(headers, CloudEventHeaders.TYPE, event.type());
        header(headers, CloudEventHeaders.SOURCE, event.source());
        header(headers, CloudEventHeaders.SPEC_VERSION, event.specversion());
        header(headers, CloudEventHeaders.TIME, event.time().toString());
        header(headers, CloudEventHeaders.SUBJECT, event.subject());
        inputs.get(event.topic().name())
                .pipeInput(new TestRecord<>(event.subject(), EventCodec.encode(event), headers, writtenAt));
        return event;
    }

    void publishRaw(String topic, String key, byte[] value, Headers headers) {
        inputs.get(topic).pipeInput(new TestRecord<>(key, value, headers, now));
    }

    /** Moves the wall clock; the monitor's punctuation runs once if at least its interval passed. */
    void advance(Duration by) {
        now = now.plus(by);
        driver.advanceWallClockTime(by);
    }

    /** Moves the wall clock to {@code instant} (not backwards). */
    void advanceTo(Instant instant) {
        advance(Duration.between(now, instant));
    }

    Instant now() {
        return now;
    }

    /** Records copied to the monitor's dead-letter topic since the last call. */
    List<TestRecord<String, byte[]>> deadLetters() {
        return deadLetters.readRecordsToList();
    }

    /** What the monitor published since the last call, in order. */
    List<Published> published() {
        return sla.readRecordsToList().stream().map(Published::new).toList();
    }

    /** What the monitor published since the last call about clocks of these policies, in order; the rest is dropped. */
    List<Published> published(SlaPolicy... policies) {
        List<SlaPolicy> wanted = List.of(policies);
        return published().stream().filter(p -> wanted.contains(p.policy())).toList();
    }

    /** The events of {@link #published(SlaPolicy...)}. */
    List<CaseEvent> events(SlaPolicy... policies) {
        return published(policies).stream().map(Published::event).toList();
    }

    KeyValueStore<String, String> store(String name) {
        return driver.getKeyValueStore(name);
    }

    List<String> keys(String store) {
        List<String> keys = new ArrayList<>();
        try (var all = store(store).all()) {
            all.forEachRemaining(entry -> keys.add(entry.key));
        }
        return keys;
    }

    double count(String meter, String... tags) {
        var counter = registry.find(meter).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    @Override
    public void close() {
        driver.close();
    }

    private static void header(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** One record of {@code aftersales.sla.v1}, its body decoded the way any consumer decodes it. */
    record Published(String key, EventEnvelope<CaseEvent> envelope, Headers headers, Instant timestamp) {

        Published(TestRecord<String, byte[]> record) {
            this(record.key(), EventCodec.decode(record.value()).orElseThrow(), record.headers(),
                    record.getRecordTime());
        }

        CaseEvent event() {
            return envelope.data();
        }

        <T extends CaseEvent> T as(Class<T> type) {
            return type.cast(envelope.data());
        }

        boolean is(Class<? extends CaseEvent> type) {
            return type.isInstance(envelope.data());
        }

        UUID caseId() {
            return envelope.data().caseId();
        }

        /** The policy of the clock the event is about. */
        SlaPolicy policy() {
            CaseEvent event = envelope.data();
            if (event instanceof SlaClockStarted e) {
                return e.policy();
            } else if (event instanceof SlaClockStopped e) {
                return e.policy();
            } else if (event instanceof SlaClockPaused e) {
                return e.policy();
            } else if (event instanceof SlaClockResumed e) {
                return e.policy();
            } else if (event instanceof SlaWarning e) {
                return e.policy();
            } else if (event instanceof SlaBreached e) {
                return e.policy();
            } else if (event instanceof SlaDeadlineAction e) {
                return e.policy();
            }
            throw new IllegalStateException("Not an SLA event: " + envelope.type());
        }

        String header(String name) {
            Header header = headers.lastHeader(name);
            return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    }
}
