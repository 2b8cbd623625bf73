package com.marketplace.aftersales.caseview.timeline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** The live streams of this instance as the dashboards see them ({@code aftersales.caseview.sse.*}). */
final class StreamMetrics {

    private final AtomicInteger openStreams = new AtomicInteger();
    private final AtomicInteger listening = new AtomicInteger();
    private final Counter overflows;
    private final Counter reconnects;
    private final Counter readRetries;
    private final Timer pushLag;
    private final Clock clock;

    StreamMetrics(MeterRegistry registry, Clock clock, Supplier<Number> casesFollowed) {
        this.clock = clock;
        Gauge.builder("aftersales.caseview.sse.subscribers", openStreams, AtomicInteger::get)
                .description("Open live timeline streams on this instance")
                .register(registry);
        Gauge.builder("aftersales.caseview.sse.cases", casesFollowed)
                .description("Cases with at least one open live stream on this instance")
                .register(registry);
        Gauge.builder("aftersales.caseview.sse.fanout.connected", listening, AtomicInteger::get)
                .description("1 while this instance listens for timeline entries committed by any instance")
                .register(registry);
        overflows = Counter.builder("aftersales.caseview.sse.overflows")
                .description("Streams ended because their client read too slowly; the client resumes from its last id")
                .register(registry);
        reconnects = Counter.builder("aftersales.caseview.sse.fanout.reconnects")
                .description("Times the listening database session was lost and opened again")
                .register(registry);
        readRetries = Counter.builder("aftersales.caseview.sse.fanout.read.retries")
                .description("Reads of newly committed entries that failed and were retried")
                .register(registry);
        pushLag = Timer.builder("aftersales.caseview.sse.push.lag")
                .description("From an event's time to its timeline entry being handed to this instance's open streams")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(5))
                .maximumExpectedValue(Duration.ofMinutes(1))
                .register(registry);
    }

    void streamOpened() {
        openStreams.incrementAndGet();
    }

    void streamClosed() {
        openStreams.decrementAndGet();
    }

    int openStreams() {
        return openStreams.get();
    }

    void overflowed() {
        overflows.increment();
    }

    void listening(boolean up) {
        listening.set(up ? 1 : 0);
    }

    void reconnecting() {
        reconnects.increment();
    }

    void readRetried() {
        readRetries.increment();
    }

    void pushed(TimelineEntry entry) {
        Duration lag = Duration.between(entry.at(), clock.instant());
        pushLag.record(lag.isNegative() ? Duration.ZERO : lag);
    }
}
