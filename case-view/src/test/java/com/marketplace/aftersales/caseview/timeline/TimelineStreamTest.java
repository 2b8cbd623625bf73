package com.marketplace.aftersales.caseview.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.caseview.CaseViewProperties;
import com.marketplace.aftersales.caseview.timeline.TimelineEntry.Audience;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

/**
 * The hand-over from backlog to live entries, and the per-case channel that reads what was committed: against an
 * in-memory timeline, with wake-ups delivered (or lost, late, repeated) by the test.
 */
class TimelineStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final UUID caseId = UUID.randomUUID();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final InMemoryTimeline timeline = new InMemoryTimeline();
    private final TimelineHub hub = new TimelineHub(timeline, properties(16), registry, Clock.systemUTC());

    @Test
    void anEntryCommittedWhileTheBacklogLoadsIsSentOnceAndInOrder() {
        timeline.commit(entry(1, caseId, Audience.PUBLIC));
        Sinks.Many<TimelineEntry> backlog = timeline.holdNextBacklog();

        StepVerifier.create(stream(16).entries(caseId, 0, false))
                .then(() -> {
                    // Committed while the database read is in flight: one entry the read also returns, one it misses.
                    commitAndSignal(entry(2, caseId, Audience.PUBLIC));
                    commitAndSignal(entry(3, caseId, Audience.PUBLIC));
                    backlog.tryEmitNext(entry(1, caseId, Audience.PUBLIC));
                    backlog.tryEmitNext(entry(2, caseId, Audience.PUBLIC));
                    backlog.tryEmitComplete();
                })
                .assertNext(e -> assertThat(e.id()).isEqualTo(1))
                .assertNext(e -> assertThat(e.id()).isEqualTo(2))
                .assertNext(e -> assertThat(e.id()).isEqualTo(3))
                .then(() -> commitAndSignal(entry(4, caseId, Audience.PUBLIC)))
                .assertNext(e -> assertThat(e.id()).isEqualTo(4))
                .thenCancel()
                .verify(WAIT);
    }

    @Test
    void signalsThatArriveLateTwiceOrNotAtAllNeitherRepeatNorSkipAnEntry() {
        StepVerifier.create(stream(16).entries(caseId, 0, true))
                .then(() -> {
                    // Three commits, only the last one signalled (the others' notifications are late or lost).
                    timeline.commit(entry(5, caseId, Audience.PUBLIC));
                    timeline.commit(entry(6, caseId, Audience.STAFF));
                    timeline.commit(entry(7, caseId, Audience.PUBLIC));
                    hub.committed(caseId, 7);
                })
                .assertNext(e -> assertThat(e.id()).isEqualTo(5))
                .assertNext(e -> assertThat(e.id()).isEqualTo(6))
                .assertNext(e -> assertThat(e.id()).isEqualTo(7))
                .then(() -> {
                    hub.committed(caseId, 5);
                    hub.committed(caseId, 7);
                    hub.committed(caseId, 6);
                    commitAndSignal(entry(8, caseId, Audience.PUBLIC));
                })
                .assertNext(e -> assertThat(e.id()).as("the late signals repeated nothing").isEqualTo(8))
                .thenCancel()
                .verify(WAIT);
    }

    @Test
    void otherCasesAndStaffOnlyEntriesAreNotSentToACustomer() {
        StepVerifier.create(stream(16).entries(caseId, 0, false))
                .then(() -> {
                    commitAndSignal(entry(5, UUID.randomUUID(), Audience.PUBLIC));
                    commitAndSignal(entry(6, caseId, Audience.STAFF));
                    commitAndSignal(entry(7, caseId, Audience.PUBLIC));
                })
                .assertNext(e -> assertThat(e.id()).isEqualTo(7))
                .thenCancel()
                .verify(WAIT);
    }

    @Test
    void streamsOfOneCaseShareOneReadPerCommitAndTheCaseIsForgottenWhenTheLastEnds() {
        TimelineStream stream = stream(16);
        ConcurrentLinkedQueue<Long> first = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> second = new ConcurrentLinkedQueue<>();
        var one = stream.entries(caseId, 0, true).subscribe(e -> first.add(e.id()));
        var two = stream.entries(caseId, 0, true).subscribe(e -> second.add(e.id()));
        int readsBefore = timeline.liveReads.get();

        commitAndSignal(entry(1, caseId, Audience.PUBLIC));
        commitAndSignal(entry(2, caseId, Audience.PUBLIC));

        assertThat(first).containsExactly(1L, 2L);
        assertThat(second).containsExactly(1L, 2L);
        assertThat(timeline.liveReads.get() - readsBefore).as("one read per commit for both streams").isEqualTo(2);
        assertThat(hub.casesFollowed()).isEqualTo(1);
        one.dispose();
        assertThat(hub.casesFollowed()).isEqualTo(1);
        two.dispose();
        assertThat(hub.casesFollowed()).isZero();
        commitAndSignal(entry(3, caseId, Audience.PUBLIC));
        assertThat(timeline.liveReads.get() - readsBefore).as("nobody follows the case: no read").isEqualTo(2);
    }

    @Test
    void afterSignalsMayHaveBeenMissedEveryFollowedCaseReadsWhatIsNew() {
        StepVerifier.create(stream(16).entries(caseId, 0, true))
                .then(() -> {
                    timeline.commit(entry(9, caseId, Audience.PUBLIC));
                    hub.catchUpAll();
                })
                .assertNext(e -> assertThat(e.id()).isEqualTo(9))
                .thenCancel()
                .verify(WAIT);
    }

    @Test
    void aFailedReadOfNewEntriesIsRetried() {
        StepVerifier.create(stream(16).entries(caseId, 0, true))
                .then(() -> {
                    timeline.failNextLiveReads(2);
                    commitAndSignal(entry(10, caseId, Audience.PUBLIC));
                })
                .assertNext(e -> assertThat(e.id()).isEqualTo(10))
                .thenCancel()
                .verify(WAIT);
        assertThat(registry.counter("aftersales.caseview.sse.fanout.read.retries").count()).isEqualTo(2);
    }

    @Test
    void aClientTooSlowForItsBufferHasItsStreamEndedToResumeLater() {
        StepVerifier.create(stream(2).entries(caseId, 0, true), 0)
                .then(() -> List.of(1L, 2L, 3L).forEach(id -> commitAndSignal(entry(id, caseId, Audience.PUBLIC))))
                .thenRequest(10)
                .expectNextCount(2)
                .verifyComplete();
        assertThat(registry.counter("aftersales.caseview.sse.overflows").count()).isEqualTo(1);
    }

    @Test
    void openStreamsAreCountedAndAllEndWhenTheInstanceStops() {
        hub.start();

        StepVerifier.create(stream(16).entries(caseId, 0, true))
                .then(() -> assertThat(registry.get("aftersales.caseview.sse.subscribers").gauge().value())
                        .isEqualTo(1))
                .then(hub::stop)
                .verifyComplete();
        assertThat(hub.openStreams()).isZero();
    }

    @Test
    void signalPayloadsAreCaseAndEntryIdsAndAnythingElseIsIgnored() {
        TimelineSignal signal = new TimelineSignal(caseId, 42);

        assertThat(TimelineSignal.parse(signal.payload())).contains(signal);
        assertThat(TimelineSignal.parse("not-a-case:42")).isEmpty();
        assertThat(TimelineSignal.parse(caseId + ":many")).isEmpty();
        assertThat(TimelineSignal.parse(caseId + ":0")).isEmpty();
        assertThat(TimelineSignal.parse(caseId.toString())).isEmpty();
        assertThat(TimelineSignal.parse(null)).isEmpty();
    }

    /** What the projection does: commit, then wake the hub (as the notification or the after-commit hook does). */
    private void commitAndSignal(TimelineEntry entry) {
        timeline.commit(entry);
        hub.committed(entry.caseId(), entry.id());
    }

    private TimelineStream stream(int buffer) {
        return new TimelineStream(hub, timeline, properties(buffer));
    }

    private static CaseViewProperties properties(int buffer) {
        return new CaseViewProperties(new CaseViewProperties.Sse(Duration.ofSeconds(15), buffer), null, null,
                new CaseViewProperties.Fanout(Duration.ofSeconds(15), Duration.ofMillis(1), Duration.ofMillis(5)),
                null);
    }

    private static TimelineEntry entry(long id, UUID caseId, Audience audience) {
        return new TimelineEntry(id, caseId, "event-" + id, Instant.EPOCH.plusSeconds(id), "CaseSubmitted",
                new TimelineEntry.EntryActor("customer-1", "CUSTOMER", "ORDER_DETAIL"), "Something happened",
                audience);
    }

    /**
     * The committed timeline. The channel reads all audiences ({@code staff = true}); a customer's backlog read can be
     * held open by the test to commit entries while it is in flight.
     */
    private static final class InMemoryTimeline extends TimelineReader {
        private final ConcurrentLinkedQueue<TimelineEntry> committed = new ConcurrentLinkedQueue<>();
        private final AtomicInteger liveReads = new AtomicInteger();
        private final AtomicInteger failingReads = new AtomicInteger();
        private volatile Sinks.Many<TimelineEntry> heldBacklog;

        InMemoryTimeline() {
            super(null);
        }

        void commit(TimelineEntry entry) {
            committed.add(entry);
        }

        Sinks.Many<TimelineEntry> holdNextBacklog() {
            heldBacklog = Sinks.many().unicast().onBackpressureBuffer();
            return heldBacklog;
        }

        void failNextLiveReads(int times) {
            failingReads.set(times);
        }

        @Override
        public Mono<Long> lastId(UUID caseId) {
            return Mono.fromSupplier(() -> committed.stream().filter(e -> e.caseId().equals(caseId))
                    .mapToLong(TimelineEntry::id).max().orElse(0));
        }

        @Override
        public Flux<TimelineEntry> after(UUID caseId, long afterId, boolean staff) {
            Sinks.Many<TimelineEntry> held = heldBacklog;
            if (!staff && held != null) {
                heldBacklog = null;
                return held.asFlux();
            }
            return Flux.defer(() -> {
                if (staff) {
                    liveReads.incrementAndGet();
                    if (failingReads.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                        return Flux.error(new IllegalStateException("database away"));
                    }
                }
                return Flux.fromStream(committed.stream()
                        .filter(e -> e.caseId().equals(caseId) && e.id() > afterId)
                        .filter(e -> e.audience().visibleTo(staff)));
            });
        }
    }
}
