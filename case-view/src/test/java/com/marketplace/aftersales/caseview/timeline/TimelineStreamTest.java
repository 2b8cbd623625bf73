package com.marketplace.aftersales.caseview.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.caseview.CaseViewProperties;
import com.marketplace.aftersales.caseview.timeline.TimelineEntry.Audience;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

class TimelineStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final UUID caseId = UUID.randomUUID();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final TimelineHub hub = new TimelineHub(registry);
    private final Sinks.Many<TimelineEntry> backlog = Sinks.many().unicast().onBackpressureBuffer();
    private final TimelineReader reader = new TimelineReader(null) {
        @Override
        public Flux<TimelineEntry> after(UUID caseId, long afterId, boolean staff) {
            return backlog.asFlux();
        }
    };

    @Test
    void anEntryCommittedWhileTheBacklogLoadsIsSentOnceAndInOrder() {
        TimelineStream stream = stream(16);

        StepVerifier.create(stream.entries(caseId, 0, false))
                .then(() -> {
                    // Committed while the database read is in flight: one entry the read also returns, one it misses.
                    hub.publish(entry(2, caseId, Audience.PUBLIC));
                    hub.publish(entry(3, caseId, Audience.PUBLIC));
                    backlog.tryEmitNext(entry(1, caseId, Audience.PUBLIC));
                    backlog.tryEmitNext(entry(2, caseId, Audience.PUBLIC));
                    backlog.tryEmitComplete();
                })
                .assertNext(e -> assertThat(e.id()).isEqualTo(1))
                .assertNext(e -> assertThat(e.id()).isEqualTo(2))
                .assertNext(e -> assertThat(e.id()).isEqualTo(3))
                .then(() -> hub.publish(entry(4, caseId, Audience.PUBLIC)))
                .assertNext(e -> assertThat(e.id()).isEqualTo(4))
                .thenCancel()
                .verify(WAIT);
    }

    @Test
    void otherCasesAndStaffOnlyEntriesAreNotSentToACustomer() {
        TimelineStream stream = stream(16);

        StepVerifier.create(stream.entries(caseId, 0, false))
                .then(() -> {
                    backlog.tryEmitComplete();
                    hub.publish(entry(5, UUID.randomUUID(), Audience.PUBLIC));
                    hub.publish(entry(6, caseId, Audience.STAFF));
                    hub.publish(entry(7, caseId, Audience.PUBLIC));
                })
                .assertNext(e -> assertThat(e.id()).isEqualTo(7))
                .thenCancel()
                .verify(WAIT);
    }

    @Test
    void aClientTooSlowForItsBufferHasItsStreamEndedToResumeLater() {
        TimelineStream stream = stream(2);
        backlog.tryEmitComplete();

        StepVerifier.create(stream.entries(caseId, 0, true), 0)
                .then(() -> List.of(1L, 2L, 3L).forEach(id -> hub.publish(entry(id, caseId, Audience.PUBLIC))))
                .thenRequest(10)
                .expectNextCount(2)
                .verifyComplete();
        assertThat(registry.counter("aftersales.caseview.sse.overflows").count()).isEqualTo(1);
    }

    @Test
    void openStreamsAreCountedAndAllEndWhenTheInstanceStops() {
        TimelineStream stream = stream(16);
        backlog.tryEmitComplete();
        hub.start();

        StepVerifier.create(stream.entries(caseId, 0, true))
                .then(() -> assertThat(registry.get("aftersales.caseview.sse.subscribers").gauge().value())
                        .isEqualTo(1))
                .then(hub::stop)
                .verifyComplete();
        assertThat(hub.openStreams()).isZero();
    }

    private TimelineStream stream(int buffer) {
        return new TimelineStream(hub, reader,
                new CaseViewProperties(new CaseViewProperties.Sse(Duration.ofSeconds(15), buffer), null, null));
    }

    private static TimelineEntry entry(long id, UUID caseId, Audience audience) {
        return new TimelineEntry(id, caseId, "event-" + id, Instant.EPOCH.plusSeconds(id), "CaseSubmitted",
                new TimelineEntry.EntryActor("customer-1", "CUSTOMER", "ORDER_DETAIL"), "Something happened",
                audience);
    }
}
