package com.marketplace.aftersales.caseview.timeline;

import com.marketplace.aftersales.caseview.CaseViewProperties;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Fans committed timeline entries out to the open streams of this instance, whichever instance committed them. Streams
 * of one case share a {@link CaseChannel}: a wake-up for a case (a {@link TimelineSignal} from any instance, or this
 * instance's own commit) costs one database read for the case, then an in-memory hand-over to each of its streams. A
 * wake-up for a case nobody here follows costs a map lookup. No thread and no Kafka consumer per stream.
 * <p>
 * Stopped before the web server's graceful shutdown (highest phase), which completes every open stream, so shutdown
 * does not wait for clients that would never hang up; they reconnect elsewhere with {@code Last-Event-ID}.
 */
@Component
public class TimelineHub implements SmartLifecycle {

    private final ConcurrentMap<UUID, CaseChannel> channels = new ConcurrentHashMap<>();
    private final Sinks.Empty<Void> closing = Sinks.empty();
    private final TimelineReader reader;
    private final CaseViewProperties.Fanout fanout;
    private final StreamMetrics metrics;
    private volatile boolean running;

    public TimelineHub(TimelineReader reader, CaseViewProperties properties, MeterRegistry registry, Clock clock) {
        this.reader = reader;
        this.fanout = properties.fanout();
        this.metrics = new StreamMetrics(registry, clock, channels::size);
    }

    /**
     * Follows a case's committed entries from now on: {@code onEntry} gets each, in id order, on the thread that read
     * it (it must not block). Read the backlog only after {@link Membership#ready()}: what the backlog then misses is
     * handed to {@code onEntry}.
     */
    public Membership join(UUID caseId, Consumer<TimelineEntry> onEntry) {
        CaseChannel channel = channels.compute(caseId, (id, existing) -> (existing == null
                ? new CaseChannel(id, reader, fanout.initialBackoff(), fanout.maxBackoff(), metrics)
                : existing).joined());
        Disposable subscription = channel.entries().subscribe(onEntry);
        AtomicBoolean left = new AtomicBoolean();
        return new Membership(channel.ready(), () -> {
            if (left.compareAndSet(false, true)) {
                subscription.dispose();
                channels.computeIfPresent(caseId, (id, current) -> current == channel && current.left() ? null
                        : current);
            }
        });
    }

    /** Entry {@code entryId} of the case was committed (by any instance). */
    public void committed(UUID caseId, long entryId) {
        CaseChannel channel = channels.get(caseId);
        if (channel != null) {
            channel.wake(entryId);
        }
    }

    /** Signals may have been missed (the listening session was down): every followed case reads what is new. */
    void catchUpAll() {
        channels.values().forEach(CaseChannel::catchUp);
    }

    /** Completes when the instance shuts down. */
    public Mono<Void> closing() {
        return closing.asMono();
    }

    /** Counts a stream as open while it is subscribed. */
    public <T> Flux<T> tracked(Flux<T> stream) {
        return stream
                .doOnSubscribe(subscription -> metrics.streamOpened())
                .doFinally(signal -> metrics.streamClosed());
    }

    public void overflowed() {
        metrics.overflowed();
    }

    public int openStreams() {
        return metrics.openStreams();
    }

    /** Cases at least one stream on this instance follows. */
    public int casesFollowed() {
        return channels.size();
    }

    StreamMetrics metrics() {
        return metrics;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        closing.tryEmitEmpty();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** A stream's place in its case's channel; dispose it when the stream ends. */
    public record Membership(Mono<Void> ready, Disposable leave) implements Disposable {
        @Override
        public void dispose() {
            leave.dispose();
        }
    }
}
