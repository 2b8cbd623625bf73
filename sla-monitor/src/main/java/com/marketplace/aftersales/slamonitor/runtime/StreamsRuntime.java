package com.marketplace.aftersales.slamonitor.runtime;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.processor.StateRestoreListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the topology as a {@link KafkaStreams} client for as long as the application runs: started last (after the
 * topic check and the web server), stopped first, closed with a bounded wait so the open transaction commits.
 *
 * <p>A record whose processing throws is skipped by the {@code ProcessingFailureHandler}, so what still kills a stream
 * thread is Kafka Streams' own trouble (a store that cannot be written, a fenced producer). That stops the client rather
 * than replacing the thread: a replacement would most likely fail the same way. The client then sits in
 * {@code ERROR}; readiness reports it and the application declares itself broken (liveness), so the platform restarts
 * it, which also cures whatever was transient.
 */
public final class StreamsRuntime implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StreamsRuntime.class);

    private final Topology topology;
    private final Properties properties;
    private final Duration closeTimeout;
    private final MeterRegistry registry;
    private final ApplicationEventPublisher events;
    private final StateRestoreListener restoreListener;

    private volatile KafkaStreams streams;
    private volatile boolean hasBeenRunning;
    private KafkaStreamsMetrics streamsMetrics;

    public StreamsRuntime(Topology topology, Properties properties, Duration closeTimeout, MeterRegistry registry,
                          ApplicationEventPublisher events, StateRestoreListener restoreListener) {
        this.topology = topology;
        this.properties = properties;
        this.closeTimeout = closeTimeout;
        this.registry = registry;
        this.events = events;
        this.restoreListener = restoreListener;
    }

    @Override
    public synchronized void start() {
        if (streams != null) {
            return;
        }
        KafkaStreams client = new KafkaStreams(topology, properties);
        client.setStateListener((now, before) -> {
            log.info("Kafka Streams {} -> {}", before, now);
            if (now == KafkaStreams.State.RUNNING) {
                hasBeenRunning = true;
            } else if (now == KafkaStreams.State.ERROR) {
                AvailabilityChangeEvent.publish(events, this, LivenessState.BROKEN);
            }
        });
        client.setGlobalStateRestoreListener(restoreListener);
        client.setUncaughtExceptionHandler(failure -> {
            log.error("A stream thread failed; stopping the monitor's Streams client", failure);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        streamsMetrics = new KafkaStreamsMetrics(client);
        streamsMetrics.bindTo(registry);
        streams = client;
        log.info("Starting Kafka Streams application '{}', state in {}", properties.get("application.id"),
                properties.get("state.dir"));
        client.start();
    }

    @Override
    public synchronized void stop() {
        KafkaStreams client = streams;
        if (client == null) {
            return;
        }
        if (!client.close(CloseOptions.timeout(closeTimeout))) {
            log.warn("Kafka Streams did not close within {}", closeTimeout);
        }
        streamsMetrics.close();
        streams = null;
    }

    @Override
    public boolean isRunning() {
        return streams != null;
    }

    /** The client's state, or null before start and after stop. */
    public KafkaStreams.State state() {
        KafkaStreams client = streams;
        return client == null ? null : client.state();
    }

    /** Whether the client has reached {@code RUNNING} at least once: restoration done, partitions assigned. */
    public boolean hasBeenRunning() {
        return hasBeenRunning;
    }
}
