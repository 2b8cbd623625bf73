package com.marketplace.aftersales.caseview.timeline;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;

/**
 * The live entries of one case on this instance, shared by every stream of the case here: one database read per
 * newly committed entry, however many streams follow the case.
 * <p>
 * A wake-up (a notification, or this instance's own commit) only says "there is something after id n"; the channel
 * then reads everything after its {@code cursor} (the last id it handed on), so wake-ups that arrive late, twice or
 * out of order can neither repeat nor skip an entry. Reads of one channel run one at a time (a wake-up during a read
 * causes one more read afterwards); entries are handed on in id order.
 * <p>
 * Why "after the cursor" is complete: the projection serialises a case's events on the case row's lock and takes the
 * entry id while holding it, so a case's ids follow commit order — once id n is visible, every smaller id of the case
 * is committed and visible too.
 */
final class CaseChannel {

    private static final Logger log = LoggerFactory.getLogger(CaseChannel.class);
    private static final Duration FOREVER = Duration.ofMillis(Long.MAX_VALUE);

    private final UUID caseId;
    private final TimelineReader reader;
    private final Retry readRetry;
    private final StreamMetrics metrics;
    private final Sinks.Many<TimelineEntry> entries = Sinks.many().multicast().directBestEffort();
    private final Mono<Long> ready;
    private final AtomicInteger pendingWakeUps = new AtomicInteger();
    /**
     * Every entry of the case up to here was either committed before any stream of the channel read its backlog, or
     * has been handed on.
     */
    private volatile long cursor;
    /** Streams of this instance following the case; changed only inside the hub's map operations on this case. */
    private int members;
    private volatile boolean closed;

    CaseChannel(UUID caseId, TimelineReader reader, Duration initialBackoff, Duration maxBackoff,
                StreamMetrics metrics) {
        this.caseId = caseId;
        this.reader = reader;
        this.metrics = metrics;
        this.readRetry = Retry.backoff(Long.MAX_VALUE, initialBackoff)
                .maxBackoff(maxBackoff)
                .filter(failure -> !closed)
                .doBeforeRetry(signal -> {
                    metrics.readRetried();
                    log.warn("Reading new timeline entries of case {} failed, retrying: {}", caseId,
                            signal.failure().toString());
                });
        // The starting point: the case's latest entry when the channel opened. A stream reads its backlog only after
        // this, so what the backlog misses is newer than the cursor and is handed on live. A failed read is not kept:
        // the next stream (or wake-up) asks again.
        this.ready = Mono.defer(() -> reader.lastId(caseId))
                .doOnNext(last -> cursor = Math.max(cursor, last))
                .cache(last -> FOREVER, failure -> Duration.ZERO, () -> Duration.ZERO);
    }

    /** Completes once the channel knows where the case's timeline stands; streams read their backlog after it. */
    Mono<Void> ready() {
        return ready.then();
    }

    /** Committed entries of the case from now on, in id order, all audiences (each stream filters its own). */
    Flux<TimelineEntry> entries() {
        return entries.asFlux();
    }

    CaseChannel joined() {
        members++;
        return this;
    }

    /** @return true when no stream follows the case any more (the channel is then closed) */
    boolean left() {
        members--;
        if (members > 0) {
            return false;
        }
        closed = true;
        return true;
    }

    /** Entry {@code entryId} of the case was committed: hand on everything after the cursor unless already done. */
    void wake(long entryId) {
        if (closed || entryId <= cursor) {
            return;
        }
        catchUp();
    }

    /** Reads and hands on whatever was committed after the cursor (after notifications may have been missed). */
    void catchUp() {
        if (pendingWakeUps.getAndIncrement() == 0) {
            read();
        }
    }

    private void read() {
        int wakeUps = pendingWakeUps.get();
        ready.then(Mono.defer(() -> reader.after(caseId, cursor, true).collectList()))
                .retryWhen(readRetry)
                .subscribe(this::handOn,
                        failure -> {
                            if (!closed) {
                                log.error("Gave up reading new timeline entries of case {}", caseId, failure);
                            }
                            finished(wakeUps);
                        },
                        () -> finished(wakeUps));
    }

    private void handOn(List<TimelineEntry> committed) {
        for (TimelineEntry entry : committed) {
            if (entry.id() > cursor) {
                cursor = entry.id();
                entries.tryEmitNext(entry);
                metrics.pushed(entry);
            }
        }
    }

    /** Another read if wake-ups arrived while this one ran. */
    private void finished(int wakeUps) {
        if (pendingWakeUps.addAndGet(-wakeUps) != 0) {
            read();
        }
    }

    long cursor() {
        return cursor;
    }
}
