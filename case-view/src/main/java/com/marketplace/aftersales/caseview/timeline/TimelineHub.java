package com.marketplace.aftersales.caseview.timeline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Fans committed timeline entries out to the open streams of this instance. The projection publishes an entry only
 * after its consumer transaction committed, so a stream never shows something a rollback takes back. One multicast
 * sink for all streams: a stream is a subscription that filters by case id, not a thread or a Kafka consumer.
 * <p>
 * Stopped before the web server's graceful shutdown (highest phase), which completes every open stream, so shutdown
 * does not wait for clients that would never hang up; they reconnect elsewhere with {@code Last-Event-ID}.
 */
@Component
public class TimelineHub implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TimelineHub.class);

    private final Sinks.Many<TimelineEntry> committed = Sinks.many().multicast().directBestEffort();
    private final Sinks.Empty<Void> closing = Sinks.empty();
    private final AtomicInteger subscribers = new AtomicInteger();
    private final Counter overflows;
    private volatile boolean running;

    public TimelineHub(MeterRegistry registry) {
        Gauge.builder("aftersales.caseview.sse.subscribers", subscribers, AtomicInteger::get)
                .description("Open live timeline streams on this instance")
                .register(registry);
        overflows = Counter.builder("aftersales.caseview.sse.overflows")
                .description("Streams ended because their client read too slowly; the client resumes from its last id")
                .register(registry);
    }

    /**
     * Offers a committed entry to every open stream. Serialised: consumer threads publish concurrently and a Reactor
     * sink takes one emitter at a time. Each stream tests the case id and, for its own case, enqueues the entry in a
     * bounded buffer (and encodes it if its client is ready); nothing here waits for a client.
     */
    public synchronized void publish(TimelineEntry entry) {
        Sinks.EmitResult result = committed.tryEmitNext(entry);
        // No stream open, or the instance is shutting down: nobody to tell, the entry is in the database.
        if (result.isFailure() && result != Sinks.EmitResult.FAIL_ZERO_SUBSCRIBER
                && result != Sinks.EmitResult.FAIL_TERMINATED) {
            log.warn("Could not offer timeline entry {} to live streams: {}", entry.id(), result);
        }
    }

    /** Entries of one case committed from now on, unbounded: the caller bounds what it buffers. */
    public Flux<TimelineEntry> committedEntries(UUID caseId) {
        return committed.asFlux().filter(entry -> entry.caseId().equals(caseId));
    }

    /** Completes when the instance shuts down. */
    public Mono<Void> closing() {
        return closing.asMono();
    }

    /** Counts a stream as open while it is subscribed. */
    public <T> Flux<T> tracked(Flux<T> stream) {
        return stream
                .doOnSubscribe(subscription -> subscribers.incrementAndGet())
                .doFinally(signal -> subscribers.decrementAndGet());
    }

    public void overflowed() {
        overflows.increment();
    }

    public int openStreams() {
        return subscribers.get();
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        closing.tryEmitEmpty();
        committed.tryEmitComplete();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
